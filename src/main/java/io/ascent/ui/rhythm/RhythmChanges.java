package io.ascent.ui.rhythm;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Counts changes to the open plan's rhythm (a new cadence, a 1:1 recorded), so that what shows
 * the rhythm (the dashboard's upcoming card) follows without knowing who changed it.
 */
public final class RhythmChanges {

    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Called on the JavaFX thread once a change is saved. */
    public void changed() {
        count.set(count.get() + 1);
    }
}
