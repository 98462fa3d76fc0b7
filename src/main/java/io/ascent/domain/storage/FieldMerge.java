package io.ascent.domain.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * How an edit combines with a change saved meanwhile elsewhere, field by field (a three-way
 * merge): each field the edit changed from what it was based on is taken from the edit, each
 * other field from what is stored. Both sides changing one field differently is a conflict, and
 * so is a combination the value refuses (e.g. a done date on a milestone that is no longer done).
 * Each kind of stored value that front ends edit declares its fields once.
 */
public final class FieldMerge<T> {

    /**
     * One field: {@code value} reads it, {@code copy} returns its first argument with the field
     * taken from its second (it may throw {@link IllegalArgumentException} for a combination the
     * value refuses).
     */
    public record Field<T>(String name, Function<T, ?> value, BinaryOperator<T> copy) {

        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(copy, "copy");
        }
    }

    private final List<Field<T>> fields;

    @SafeVarargs
    public FieldMerge(Field<T>... fields) {
        this.fields = List.of(fields);
    }

    /** The field names, in the order they were declared. */
    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /**
     * {@code mine} (edited from {@code base}) on top of {@code theirs} (saved meanwhile from the
     * same base): the merged value, or empty with the conflict when both changed a field.
     */
    public Merged<T> merge(T base, T mine, T theirs) {
        T merged = theirs;
        T keepMine = theirs;
        List<String> conflicts = new ArrayList<>();
        try {
            for (Field<T> f : fields) {
                Object b = f.value().apply(base);
                Object m = f.value().apply(mine);
                Object t = f.value().apply(theirs);
                if (Objects.equals(m, b) || Objects.equals(m, t)) {
                    continue;
                }
                keepMine = f.copy().apply(keepMine, mine);
                if (Objects.equals(t, b)) {
                    merged = f.copy().apply(merged, mine);
                } else {
                    conflicts.add(f.name());
                }
            }
        } catch (IllegalArgumentException refused) {
            // Fields that cannot be combined: the user chooses between the two whole values.
            return new Merged<>(Optional.empty(), Optional.of(new EditConflict<>(theirs, mine, theirs, names())));
        }
        if (conflicts.isEmpty()) {
            return new Merged<>(Optional.of(merged), Optional.empty());
        }
        return new Merged<>(Optional.empty(), Optional.of(new EditConflict<>(theirs, keepMine, merged, conflicts)));
    }

    /** The outcome of {@link #merge}: exactly one of {@code value} and {@code conflict} is present. */
    public record Merged<T>(Optional<T> value, Optional<EditConflict<T>> conflict) {}
}
