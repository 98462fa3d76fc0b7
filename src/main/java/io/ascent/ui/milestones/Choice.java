package io.ascent.ui.milestones;

/** An entry of a filter drop-down; an empty key means "any". */
public record Choice(String key, String label) {

    public boolean isAny() {
        return key.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }
}
