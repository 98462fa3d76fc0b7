package io.ascent.ui.session;

import io.ascent.domain.Cadence;
import io.ascent.domain.PlanSnapshot;
import io.ascent.ui.common.TaskRunner;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open plan's rhythm as the window knows it: its cadence, read in the background when a plan
 * opens or is read again, and a count of changes to the rhythm (a new cadence, a 1:1 recorded), so
 * that what shows the rhythm (the upcoming card, the 1:1 log, the wins nudge) follows without
 * knowing who changed it.
 */
public final class RhythmSession {

    private final PlanSession session;
    private final LongFunction<Cadence> cadences;
    private final TaskRunner runner;
    private final StatusLine status;

    // Properties
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Cadence> cadence = new ReadOnlyObjectWrapper<>(Cadence.DEFAULT);

    /** {@code cadences} reads a plan's cadence; it runs on {@code runner}'s worker. */
    public RhythmSession(PlanSession session, LongFunction<Cadence> cadences, TaskRunner runner, StatusLine status) {
        this.session = session;
        this.cadences = cadences;
        this.runner = runner;
        this.status = status;
        session.currentProperty().addListener((obs, old, view) -> load());
        load();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The open plan's cadence; the default one until it has been read, or with no plan open. */
    public ReadOnlyObjectProperty<Cadence> cadenceProperty() {
        return cadence.getReadOnlyProperty();
    }

    // Commands

    /** Called on the JavaFX thread once a change to the rhythm is saved. */
    public void changed() {
        load();
        count.set(count.get() + 1);
    }

    private void load() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            cadence.set(Cadence.DEFAULT);
            return;
        }
        long planId = view.plan().id();
        runner.run(
                () -> cadences.apply(planId),
                read -> {
                    if (session.current().map(v -> v.plan().id() == planId).orElse(false)) {
                        cadence.set(read);
                    }
                },
                status::reportError);
    }
}
