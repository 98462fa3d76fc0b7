package io.ascent.domain.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One backup copy of a database: where it is, when it was made (read from its name, which is in
 * UTC so that names sort by time across daylight-saving changes and travel), how big it is and
 * why it was made ("daily", "manual", "before-v5", "before-restore", "before-ladder-update").
 */
public record Backup(Path file, Instant createdAt, long sizeBytes, String reason) {

    /** The day's backup, made a few seconds after the window opens. */
    public static final String DAILY = "daily";
    /** File > Back up now. */
    public static final String MANUAL = "manual";
    /** Why a backup made just before a restore is named; those are kept apart from the others. */
    public static final String BEFORE_RESTORE = "before-restore";

    /** Made before progress moves to the milestones of a ladder's new edition (docs/decisions/0006). */
    public static final String BEFORE_LADDER_UPDATE = "before-ladder-update";

    private static final String BEFORE_MIGRATION = "before-v";

    /** The reason of the backup made before the database is migrated to {@code version}. */
    public static String beforeMigration(int version) {
        return BEFORE_MIGRATION + version;
    }

    /** Whether this backup was made before a migration. */
    public boolean beforeMigration() {
        return reason.startsWith(BEFORE_MIGRATION);
    }

    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reason, "reason");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
