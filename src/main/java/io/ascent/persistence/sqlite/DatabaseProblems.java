package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.sqlite.SQLiteException;

/** Tells which {@link DatabaseProblem} a file or a SQLite error shows, and says it in words. */
final class DatabaseProblems {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private DatabaseProblems() {}

    static int code(SQLException e) {
        return (e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode()) & 0xFF;
    }

    /**
     * A failed backup in words. The backup file is what failed (disk full, no permission), so the
     * message names the backups {@code folder}, unless the {@code database} itself is damaged.
     */
    static String backupMessage(Path folder, Path database, SQLException e) {
        int code = code(e);
        if (code == SQLITE_FULL) {
            return I18n.t("backup.failed.full", folder);
        }
        if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM) {
            return I18n.t("backup.failed.permission", folder);
        }
        return code == SQLITE_CORRUPT || code == SQLITE_NOTADB
                ? I18n.t("backup.failed", Database.explain(database, e))
                : I18n.t("backup.failed.other", folder, String.valueOf(e.getMessage()));
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

    /** The problem a SQLite error shows; the header was already checked, so NOTADB means damage. */
    static DatabaseProblem of(SQLException e) {
        int code = code(e);
        String message = String.valueOf(e.getMessage());
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || message.contains("malformed")) {
            return DatabaseProblem.CORRUPT;
        }
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            return DatabaseProblem.LOCKED;
        }
        if (code == SQLITE_READONLY) {
            return DatabaseProblem.READ_ONLY;
        }
        if (code == SQLITE_CANTOPEN) {
            return DatabaseProblem.UNREADABLE;
        }
        return DatabaseProblem.OTHER;
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
            case OTHER ->
                cause == null
                        ? I18n.t("db.problem.OTHER.noCause", file)
                        : I18n.t("db.problem.OTHER", file, String.valueOf(cause.getMessage()));
        };
    }
}
