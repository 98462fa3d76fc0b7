package io.ascent.ui.session;

import io.ascent.ui.common.TaskRunner;
import java.util.Optional;

/**
 * An undoable change of a plan made by one service call each way (editing the plan, marking it
 * reached, adding or removing a milestone of one's own), run behind the work already queued. After
 * each write the plan is read again ({@code reread}), since such a change can move many items at
 * once; a failure goes to the status line. Progress changes are {@link ProgressChange}s instead:
 * they show on screen before they are saved.
 */
final class BackgroundChange implements UndoableAction {

    /** A write through a service. */
    interface Write {
        void run();
    }

    private final String description;
    private final TaskRunner runner;
    private final StatusLine status;
    private final Write redo;
    private final Write undo;
    private final Runnable reread;
    private Optional<String> firstReport;

    /** {@code done} is what the status line says once the first run is saved, e.g. "Milestone added.". */
    BackgroundChange(
            String description,
            String done,
            TaskRunner runner,
            StatusLine status,
            Write redo,
            Write undo,
            Runnable reread) {
        this.description = description;
        this.runner = runner;
        this.status = status;
        this.redo = redo;
        this.undo = undo;
        this.reread = reread;
        this.firstReport = Optional.of(done);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void redo() {
        // Only the first run reports itself; undo and redo are reported by the history.
        Optional<String> report = firstReport;
        firstReport = Optional.empty();
        write(redo, report);
    }

    @Override
    public void undo() {
        write(undo, Optional.empty());
    }

    private void write(Write write, Optional<String> report) {
        runner.run(
                write::run,
                () -> {
                    report.ifPresent(status::report);
                    reread.run();
                },
                e -> {
                    status.reportError(e);
                    reread.run();
                });
    }
}
