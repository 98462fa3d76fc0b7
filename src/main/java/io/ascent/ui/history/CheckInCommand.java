package io.ascent.ui.history;

import io.ascent.domain.CheckIn;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** "Check in": asks for an optional note, then stores a snapshot of the current plan. */
public class CheckInCommand {

    private final PlanSession session;
    private final InsightsSession insights;
    private final DialogService dialogs;

    public CheckInCommand(PlanSession session, InsightsSession insights, DialogService dialogs) {
        this.session = session;
        this.insights = insights;
        this.dialogs = dialogs;
    }

    /** True while there is no plan to check in on, or the open one was reached (it is kept as it was). */
    public BooleanBinding disabled() {
        return Bindings.createBooleanBinding(
                () -> session.current().map(v -> v.plan().isReached()).orElse(true), session.currentProperty());
    }

    public void run() {
        run(checkIn -> {});
    }

    public void run(Consumer<CheckIn> onDone) {
        if (session.current().isEmpty()) {
            return;
        }
        dialogs.askText(I18n.t("checkIn.title"), I18n.t("checkIn.prompt"), "").ifPresent(note -> {
            if (note.strip().length() > CheckIn.MAX_NOTE) {
                dialogs.showError(
                        I18n.t("checkIn.tooLong.title"),
                        I18n.t("checkIn.tooLong.message", note.strip().length(), CheckIn.MAX_NOTE));
            } else {
                insights.checkIn(note, onDone);
            }
        });
    }
}
