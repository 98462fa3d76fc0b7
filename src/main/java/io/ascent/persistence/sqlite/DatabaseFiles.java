package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.PrivateFiles;
import io.ascent.text.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is checked about a database file before SQLite touches it: one real path for it (symbolic
 * links resolved), and the files that must not be opened as a database or replaced by a new one.
 */
final class DatabaseFiles {

    private DatabaseFiles() {}

    /**
     * The path the database really lives at. SQLite names the {@code -wal} after the path it is
     * given, so a file reached through a link and by its own name would get two WALs: every name
     * is resolved to the file's real path first. A link to nothing is refused, not followed.
     */
    static Path resolve(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            if (Files.isSymbolicLink(absolute)) {
                throw new DatabaseUnusableException(
                        absolute,
                        DatabaseProblem.OTHER,
                        I18n.t("db.danglingLink", absolute, Files.readSymbolicLink(absolute)),
                        null);
            }
            Path parent = absolute.getParent();
            return parent != null && Files.isDirectory(parent)
                    ? parent.toRealPath().resolve(absolute.getFileName())
                    : absolute.normalize();
        } catch (IOException e) {
            return absolute.normalize();
        }
    }

    /**
     * Refuses what must not be opened (a backup, a folder, a device or pipe, a file with several names, a lost
     * file's leftover journal, a missing file when {@code create} is false) and, when allowed,
     * creates a missing file owner-only with its folder. True if the file was created by this call.
     */
    static boolean prepare(Path file, boolean create, Clock clock) {
        if (Backups.isBackupFile(file)) {
            throw new DatabaseUnusableException(file, DatabaseProblem.BACKUP_FILE, null);
        }
        if (Files.isDirectory(file)) {
            throw new DatabaseUnusableException(file, DatabaseProblem.OTHER, I18n.t("db.isFolder", file), null);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A device or a pipe: SQLite would change its mode, write a -journal beside it, or wait forever.
            throw new DatabaseUnusableException(file, DatabaseProblem.OTHER, I18n.t("db.notRegular", file), null);
        }
        if (isMissingOrEmpty(file)) {
            refuseToReplaceLostPlans(file, clock);
        }
        if (Files.exists(file)) {
            if (!create && size(file) == 0) {
                // Only a command that may create a database turns an empty file into one.
                throw new DatabaseUnusableException(
                        file, DatabaseProblem.NOT_SQLITE, I18n.t("db.emptyFile", file), null);
            }
            checkExisting(file);
            return false;
        }
        if (!create) {
            Path folder = file.getParent();
            String where = folder == null || Files.isDirectory(folder)
                    ? I18n.t("db.notFound", file)
                    : I18n.t("db.notFound.noFolder", file, folder);
            throw new DatabaseUnusableException(file, DatabaseProblem.NOT_FOUND, where, null);
        }
        return createFile(file);
    }

    /**
     * A missing or empty file with changes beside it or backups beside it lost its plans: a new,
     * empty database in its place would discard the changes, and its daily backups would push the
     * real ones out. The changes are a {@code -wal} with content, or a {@code -journal} with
     * content beside a missing file; beside an empty file a journal is another Ascent making that
     * file right now (it writes the first page through a journal), and holds nothing to lose.
     */
    private static void refuseToReplaceLostPlans(Path file, Clock clock) {
        // Sizes first, then the file: a file another process is making appears before its journal.
        boolean wal = size(sidecar(file, "-wal")) > 0;
        boolean journal = size(sidecar(file, "-journal")) > 0;
        boolean missing = !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (wal || missing && journal) {
            Path leftover = sidecar(file, wal ? "-wal" : "-journal");
            throw new DatabaseUnusableException(
                    file,
                    DatabaseProblem.LEFTOVER_JOURNAL,
                    I18n.t("db.problem.LEFTOVER_JOURNAL", file, leftover.getFileName()),
                    null);
        }
        if (!Backups.beside(file, clock).list().isEmpty()) {
            throw new DatabaseUnusableException(file, DatabaseProblem.MISSING, null);
        }
    }

    private static void checkExisting(Path file) {
        DatabaseProblems.checkHeader(file).ifPresent(problem -> {
            throw new DatabaseUnusableException(file, problem, null);
        });
        if (!Files.isReadable(file)) {
            throw new DatabaseUnusableException(file, DatabaseProblem.UNREADABLE, null);
        }
        int links = links(file);
        if (links > 1) {
            throw new DatabaseUnusableException(
                    file, DatabaseProblem.LINKED, I18n.t("db.problem.LINKED", file, links), null);
        }
    }

    /** Refuses a file this user may not write, or whose folder does not take its -wal and -shm. */
    static void requireWritable(Path file) {
        Path folder = file.getParent();
        if (Files.exists(file) && !Files.isWritable(file) || folder != null && !Files.isWritable(folder)) {
            throw new DatabaseUnusableException(file, DatabaseProblem.READ_ONLY, null);
        }
    }

    private static boolean createFile(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                PrivateFiles.createFolder(parent);
            }
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("db.cannotCreateFolder", file, e.getMessage()), e);
        }
        try {
            // Another Ascent may have made it since it was found missing: then it is not new here.
            return PrivateFiles.createFile(file);
        } catch (IOException e) {
            DatabaseProblem problem = Files.exists(file) ? DatabaseProblem.OTHER : DatabaseProblem.READ_ONLY;
            throw new DatabaseUnusableException(file, problem, e);
        }
    }

    /** How many names the file has; 1 where the file system cannot say. */
    static int links(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 1;
        }
    }

    static boolean isMissingOrEmpty(Path file) {
        return !Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file) && size(file) == 0;
    }

    static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Which of {@code file}'s {@code -wal} and {@code -shm} are there now. */
    static Set<Path> sidecars(Path file) {
        Set<Path> present = new HashSet<>();
        for (String suffix : List.of("-wal", "-shm")) {
            Path sidecar = sidecar(file, suffix);
            if (Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) {
                present.add(sidecar);
            }
        }
        return present;
    }

    /**
     * Deletes the {@code -wal} and {@code -shm} that reading {@code file} made beside it (those not
     * in {@code before}), once they hold nothing: a file Ascent refused or only read from is left as
     * it was found. A {@code -wal} with content is never deleted, nor a {@code -shm} beside any -wal.
     */
    static void removeSidecarsMadeSince(Path file, Set<Path> before) {
        Path wal = sidecar(file, "-wal");
        Path shm = sidecar(file, "-shm");
        try {
            if (!before.contains(wal) && Files.isRegularFile(wal) && Files.size(wal) == 0) {
                Files.deleteIfExists(wal);
            }
            if (!before.contains(shm) && !Files.exists(wal) && Files.isRegularFile(shm)) {
                Files.deleteIfExists(shm);
            }
        } catch (IOException ignored) {
            // Empty files SQLite recreates or ignores: harmless if they stay.
        }
    }

    static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** The database and every file SQLite or Ascent keeps for it: nothing may be written over these. */
    static List<Path> ownFiles(Path file, Path backupsFolder) {
        return List.of(
                file,
                sidecar(file, "-wal"),
                sidecar(file, "-shm"),
                sidecar(file, "-journal"),
                backupsFolder,
                file.resolveSibling(file.getFileName() + ".restoring"));
    }
}
