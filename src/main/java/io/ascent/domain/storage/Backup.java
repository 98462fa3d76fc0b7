package io.ascent.domain.storage;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One backup copy of a database: where it is, when it was made (local time, from its name),
 * how big it is and why it was made ("daily", "manual", "before-v5", "before-restore").
 */
public record Backup(Path file, LocalDateTime createdAt, long sizeBytes, String reason) {

    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reason, "reason");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
