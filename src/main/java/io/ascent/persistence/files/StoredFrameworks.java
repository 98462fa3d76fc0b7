package io.ascent.persistence.files;

import io.ascent.domain.Framework;
import java.util.Optional;

/**
 * The frameworks stored before, as a CSV import looks them up to keep the ids it gave at the
 * first import (the database is not this package's to open: the service answers).
 */
public interface StoredFrameworks {

    Optional<Framework> withId(String id);

    Optional<Framework> named(String name);

    /** Nothing stored: a first import, or a check of a file without a database. */
    static StoredFrameworks none() {
        return new StoredFrameworks() {
            @Override
            public Optional<Framework> withId(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<Framework> named(String name) {
                return Optional.empty();
            }
        };
    }
}
