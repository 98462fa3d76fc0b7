package io.ascent.ui.wins;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A competency or milestone a win can be tagged with, and whether the form has it ticked. */
public final class Tag {

    private final String id;
    private final String label;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public Tag(String id, String label, boolean selected) {
        this.id = id;
        this.label = label;
        this.selected.set(selected);
    }

    public String id() {
        return id;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
