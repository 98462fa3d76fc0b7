package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tells which {@link DatabaseProblem} a file or a SQLite error shows, by SQLite's result codes
 * (never by its English message text), and says it in words.
 */
final class DatabaseProblems {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SQLITE_PERM = 3;
    static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_NOTADB = 26;
    /** The -shm could not be grown: on a full disk, this is what SQLite reports first. */
    private static final int SQLITE_IOERR_SHMSIZE = SQLITE_IOERR | 19 << 8;

    private static final int SQLITE_CONSTRAINT_FOREIGNKEY = SQLITE_CONSTRAINT | 3 << 8;
    private static final int SQLITE_CONSTRAINT_UNIQUE = SQLITE_CONSTRAINT | 8 << 8;

    /** What the triggers of a reached plan say (migration V7) when a write would change it. */
    static final String PLAN_REACHED = "ascent: plan reached";

    private DatabaseProblems() {}

    /** SQLite's extended result code (the primary code in its low 8 bits). */
    static int extendedCode(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
            return s.getResultCode().code;
        }
        return e.getErrorCode();
    }

    static int code(SQLException e) {
        return extendedCode(e) & 0xFF;
    }

    /**
     * Reads the first 16 bytes: a file that does not start with SQLite's magic string is not a
     * database, whatever its name. An empty file is a new database, as SQLite sees it.
     */
    static Optional<DatabaseProblem> checkHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER.length);
            if (start.length == 0) {
                return Optional.empty();
            }
            return Arrays.equals(start, HEADER) ? Optional.empty() : Optional.of(DatabaseProblem.NOT_SQLITE);
        } catch (IOException e) {
            // Unreadable: SQLite will say why when it tries.
            return Optional.empty();
        }
    }

    /** The problem a SQLite error on {@code file} shows; the header was already checked, so NOTADB means damage. */
    static DatabaseProblem of(Path file, SQLException e) {
        int extended = extendedCode(e);
        int code = extended & 0xFF;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            return DatabaseProblem.CORRUPT;
        }
        if (code == SQLITE_FULL || extended == SQLITE_IOERR_SHMSIZE) {
            return DatabaseProblem.DISK_FULL;
        }
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            return DatabaseProblem.LOCKED;
        }
        if (code == SQLITE_READONLY || code == SQLITE_PERM) {
            return DatabaseProblem.READ_ONLY;
        }
        if (code == SQLITE_CANTOPEN) {
            // A file that can be read but not opened lacks a writable folder for its -wal and -shm.
            return Files.isReadable(file) ? DatabaseProblem.READ_ONLY : DatabaseProblem.UNREADABLE;
        }
        return DatabaseProblem.OTHER;
    }

    static DatabaseUnusableException unusable(Path file, SQLException e) {
        return new DatabaseUnusableException(file, of(file, e), e);
    }

    /**
     * A failure met while working on the open {@code file}, worded as failing to do {@code what}
     * (null: only the problem). A plan that is gone or a name that is taken is said as such.
     */
    static PersistenceException failure(Path file, String what, SQLException e) {
        if (String.valueOf(e.getMessage()).contains(PLAN_REACHED)) {
            return new PersistenceException(couldNot(what, I18n.t("persist.planReached")), e);
        }
        int extended = extendedCode(e);
        if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) {
            return new PersistenceException(couldNot(what, I18n.t("persist.planGone")), e);
        }
        if (extended == SQLITE_CONSTRAINT_UNIQUE) {
            return new PersistenceException(couldNot(what, I18n.t("persist.nameTaken")), e);
        }
        DatabaseProblem problem = of(file, e);
        String message = couldNot(what, message(file, problem, e));
        return problem == DatabaseProblem.OTHER
                ? new PersistenceException(message, e)
                : new DatabaseUnusableException(file, problem, message, e);
    }

    /** A write refused before it began, because of {@code reason} (damage found, or opened read-only). */
    static DatabaseUnusableException refused(Path file, String what, DatabaseUnusableException reason) {
        return new DatabaseUnusableException(file, reason.problem(), couldNot(what, reason.getMessage()), reason);
    }

    private static String couldNot(String what, String why) {
        return what == null ? why : I18n.t("persist.couldNot", what, why);
    }

    /**
     * A failed backup in words. The backup file is what failed (disk full, no permission), so the
     * message names the backups {@code folder}, unless the {@code database} itself is damaged.
     */
    static String backupMessage(Path folder, Path database, SQLException e) {
        int code = code(e);
        if (code == SQLITE_FULL || extendedCode(e) == SQLITE_IOERR_SHMSIZE) {
            return I18n.t("backup.failed.full", folder);
        }
        if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM) {
            return I18n.t("backup.failed.permission", folder);
        }
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB
                ? I18n.t("backup.failed", message(database, DatabaseProblem.CORRUPT, e))
                : I18n.t("backup.failed.other", folder, String.valueOf(e.getMessage()));
    }

    static String message(Path file, DatabaseProblem problem, Throwable cause) {
        return switch (problem) {
            case CORRUPT -> I18n.t("db.problem.CORRUPT", file);
            case NOT_SQLITE -> I18n.t("db.problem.NOT_SQLITE", file);
            case FOREIGN -> I18n.t("db.problem.FOREIGN", file);
            case NEWER_VERSION -> I18n.t("db.problem.NEWER_VERSION", file);
            case READ_ONLY -> I18n.t("db.problem.READ_ONLY", file);
            case UNREADABLE -> I18n.t("db.problem.UNREADABLE", file);
            case LOCKED -> I18n.t("db.problem.LOCKED", file);
            case MISSING -> I18n.t("db.problem.MISSING", file);
            case NOT_FOUND -> I18n.t("db.notFound", file);
            case LEFTOVER_JOURNAL -> I18n.t("db.problem.LEFTOVER_JOURNAL", file, file.getFileName() + "-wal");
            case LINKED -> I18n.t("db.problem.LINKED", file, 2);
            case BACKUP_FILE -> I18n.t("db.problem.BACKUP_FILE", file, Backups.databaseOf(file));
            case DISK_FULL -> I18n.t("db.problem.DISK_FULL", file);
            case OTHER ->
                cause == null
                        ? I18n.t("db.problem.OTHER.noCause", file)
                        : I18n.t("db.problem.OTHER", file, String.valueOf(cause.getMessage()));
        };
    }
}
