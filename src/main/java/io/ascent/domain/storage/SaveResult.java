package io.ascent.domain.storage;

import java.util.Objects;

/**
 * What a compare-and-set save did: it {@code saved} the value it was given, or found {@code stored}
 * instead of the value the edit was based on and wrote nothing. Either way {@code stored} is what
 * the database holds now.
 */
public record SaveResult<T>(boolean saved, T stored) {

    public SaveResult {
        Objects.requireNonNull(stored, "stored");
    }

    public static <T> SaveResult<T> saved(T value) {
        return new SaveResult<>(true, value);
    }

    /** Nothing was written: {@code stored} was saved meanwhile by another window or the command line. */
    public static <T> SaveResult<T> stale(T stored) {
        return new SaveResult<>(false, stored);
    }
}
