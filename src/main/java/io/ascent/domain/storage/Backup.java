package io.ascent.domain.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One backup copy of a database: where it is, when it was made (read from its name, which is in
 * UTC so that names sort by time across daylight-saving changes and travel), how big it is and
 * why it was made ("daily", "manual", "before-v5", "before-restore").
 */
public record Backup(Path file, Instant createdAt, long sizeBytes, String reason) {

    /** Why a backup made just before a restore is named; those are kept apart from the others. */
    public static final String BEFORE_RESTORE = "before-restore";

    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reason, "reason");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
