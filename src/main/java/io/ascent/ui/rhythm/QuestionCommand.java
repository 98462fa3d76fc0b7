package io.ascent.ui.rhythm;

import io.ascent.domain.PlanSnapshot;
import io.ascent.service.OneOnOneService;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;

/**
 * "For my next 1:1": asks for a question (about a milestone when one is given) and keeps it for
 * the next agenda. From Plan &gt; Question for my next 1:1... and a milestone's details.
 */
public class QuestionCommand {

    private final PlanSession session;
    private final OneOnOneService oneOnOnes;
    private final TaskRunner runner;
    private final StatusLine status;
    private final DialogService dialogs;

    public QuestionCommand(
            PlanSession session,
            OneOnOneService oneOnOnes,
            TaskRunner runner,
            StatusLine status,
            DialogService dialogs) {
        this.session = session;
        this.oneOnOnes = oneOnOnes;
        this.runner = runner;
        this.status = status;
        this.dialogs = dialogs;
    }

    public void run() {
        ask("");
    }

    /** Asks, starting from {@code about} (a milestone's title), and keeps the question. */
    public void ask(String about) {
        PlanSnapshot view = session.editable().orElse(null);
        if (view == null) {
            return;
        }
        String start = about.isBlank() ? "" : I18n.t("rhythm.question.about", about);
        dialogs.askText(I18n.t("rhythm.question.title"), I18n.t("rhythm.question.prompt"), start)
                .filter(text -> !text.isBlank())
                .ifPresent(text -> runner.run(
                        () -> oneOnOnes.addQuestion(view.plan().id(), text),
                        q -> status.report(I18n.t("rhythm.question.added", q.text())),
                        status::reportError));
    }
}
