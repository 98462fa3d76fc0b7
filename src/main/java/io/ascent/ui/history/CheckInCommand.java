package io.ascent.ui.history;

import io.ascent.domain.CheckIn;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import java.util.function.Consumer;
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

    /** True while there is no plan to check in on. */
    public BooleanBinding disabled() {
        return session.currentProperty().isNull();
    }

    public void run() {
        run(checkIn -> { });
    }

    public void run(Consumer<CheckIn> onDone) {
        if (session.current().isEmpty()) {
            return;
        }
        dialogs.askText("Check in", "A note for this check-in (optional, e.g. what changed since last time):", "")
                .ifPresent(note -> {
                    if (note.strip().length() > CheckIn.MAX_NOTE) {
                        dialogs.showError("Note too long", "The note has " + note.strip().length()
                                + " characters; a check-in note holds at most " + CheckIn.MAX_NOTE
                                + ". Nothing was saved.");
                    } else {
                        insights.checkIn(note, onDone);
                    }
                });
    }
}
