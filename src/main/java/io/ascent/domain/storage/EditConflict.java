package io.ascent.domain.storage;

import java.util.List;
import java.util.Objects;

/**
 * An edit that met a change saved meanwhile elsewhere (another window, the command line) in the
 * same fields. Nothing is saved until the user chooses: {@code keepMine} is what saving their
 * change over the stored one writes, {@code takeTheirs} is the stored value with the user's
 * changes of the other fields (often just {@code stored}). {@code fields} names the fields both
 * changed, as {@link FieldMerge} names them.
 */
public record EditConflict<T>(T stored, T keepMine, T takeTheirs, List<String> fields) {

    public EditConflict {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(keepMine, "keepMine");
        Objects.requireNonNull(takeTheirs, "takeTheirs");
        fields = List.copyOf(fields);
    }

    /** True when the two sides differ only in {@code names} (e.g. text the user typed). */
    public boolean onlyIn(List<String> names) {
        return names.containsAll(fields);
    }
}
