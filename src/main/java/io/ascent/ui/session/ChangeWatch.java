package io.ascent.ui.session;

import io.ascent.service.OutsideChanges;
import io.ascent.ui.common.TaskRunner;

/**
 * Notices changes another window or the command line saved to the open database, and shows them:
 * {@link #check} asks {@link OutsideChanges} on the worker (the window calls it when it gets the
 * focus and every few seconds) and, when the database changed, the plan list, the open plan, its
 * ratings and check-ins are read again. Each screen then takes only what changed: the selection,
 * the scroll position and unsaved typing stay.
 */
public class ChangeWatch {

    private final OutsideChanges changes;
    private final TaskRunner runner;
    private final PlanSession session;
    private final InsightsSession insights;
    private final StatusLine status;
    private boolean checking;

    public ChangeWatch(
            OutsideChanges changes,
            TaskRunner runner,
            PlanSession session,
            InsightsSession insights,
            StatusLine status) {
        this.changes = changes;
        this.runner = runner;
        this.session = session;
        this.insights = insights;
        this.status = status;
    }

    // Commands

    /** Looks for changes made elsewhere, unless a look is already waiting on the worker. */
    public void check() {
        if (checking) {
            return;
        }
        checking = true;
        runner.run(
                changes::sinceLastLook,
                changed -> {
                    checking = false;
                    if (changed) {
                        session.reload();
                        insights.reload();
                    }
                },
                e -> {
                    checking = false;
                    status.reportError(e);
                });
    }
}
