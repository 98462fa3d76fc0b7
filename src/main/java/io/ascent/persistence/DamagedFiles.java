package io.ascent.persistence;

import io.ascent.domain.text.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Moves a database that cannot be opened out of the way under a new name
 * ({@code ascent.db.damaged-20261128-2105}), with its -wal and -shm, so a backup can take its
 * place. The file is kept: it may still hold work that a specialist can recover.
 */
final class DamagedFiles {

    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private DamagedFiles() {
    }

    static Path moveAside(Path file, Clock clock) {
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        for (int n = 2; exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + "-" + n);
        }
        try {
            if (Files.exists(file)) {
                Files.move(file, aside);
            }
            for (String suffix : COMPANIONS) {
                Path companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    // The WAL belongs to the damaged file: left in place it would be replayed into the backup.
                    Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
            return aside;
        } catch (IOException e) {
            undoPartialMove(aside, file);
            throw new PersistenceException(I18n.t("backup.moveAsideFailed", file, e.getMessage()), e);
        }
    }

    /** Undoes {@link #moveAside} after a failed restore, removing the new file it left. */
    static void moveBack(Path aside, Path file) {
        try {
            if (!Files.exists(aside)) {
                return;
            }
            for (String suffix : COMPANIONS) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
            Files.deleteIfExists(file);
            Files.move(aside, file);
            for (String suffix : COMPANIONS) {
                Path companion = aside.resolveSibling(aside.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, file.resolveSibling(file.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("backup.moveBackFailed", aside, file), e);
        }
    }

    /** Puts back whatever was moved before a move failed; nothing new exists at {@code file} yet. */
    private static void undoPartialMove(Path aside, Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path from = aside.resolveSibling(aside.getFileName() + suffix);
            Path to = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(from) && !Files.exists(to)) {
                    Files.move(from, to);
                }
            } catch (IOException ignored) {
                // Still kept, under the aside name; the error the user sees names the file.
            }
        }
    }

    /** Whether any file of the set (the file, -wal, -shm, -journal) is there: none may be overwritten. */
    static boolean exists(Path aside) {
        return Files.exists(aside) || COMPANIONS.stream()
                .anyMatch(suffix -> Files.exists(aside.resolveSibling(aside.getFileName() + suffix)));
    }

    /** Deletes a file Ascent made itself (a restore in progress) with its -wal, -shm and -journal. */
    static void deleteSet(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (String suffix : COMPANIONS) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    static void deleteSetQuietly(Path file) {
        try {
            deleteSet(file);
        } catch (IOException ignored) {
            // A leftover .restoring file is replaced by the next restore.
        }
    }
}
