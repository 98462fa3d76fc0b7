package io.ascent.persistence.sqlite;

import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
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

    /** The database file itself (""), then the files SQLite keeps beside it. */
    private static final List<String> SET = List.of("", "-wal", "-shm", "-journal");

    private DamagedFiles() {}

    static Path moveAside(Path file, Clock clock) {
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        for (int n = 2; exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + "-" + n);
        }
        try {
            moveSet(file, aside);
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
            deleteSet(file);
            moveSet(aside, file);
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("backup.moveBackFailed", aside, file), e);
        }
    }

    /**
     * Moves the file and whichever of its -wal, -shm and -journal exist to {@code to}'s names. The
     * WAL belongs to its file: left in place it would be replayed into the one that takes its place.
     */
    private static void moveSet(Path from, Path to) throws IOException {
        for (String suffix : SET) {
            Path member = member(from, suffix);
            if (Files.exists(member)) {
                Files.move(member, member(to, suffix));
            }
        }
    }

    /** Puts back whatever was moved before a move failed; nothing new exists at {@code file} yet. */
    private static void undoPartialMove(Path aside, Path file) {
        for (String suffix : SET) {
            Path from = member(aside, suffix);
            Path to = member(file, suffix);
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
        return SET.stream().anyMatch(suffix -> Files.exists(member(aside, suffix)));
    }

    /**
     * Deletes a file Ascent made itself (a restore in progress, or one being replaced) with its
     * -wal, -shm and -journal; those first, so a file is never left beside another file's WAL.
     */
    static void deleteSet(Path file) throws IOException {
        for (int i = SET.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(member(file, SET.get(i)));
        }
    }

    static void deleteSetQuietly(Path file) {
        try {
            deleteSet(file);
        } catch (IOException ignored) {
            // A leftover .restoring-* file of a failed restore holds nothing the user made.
        }
    }

    private static Path member(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
