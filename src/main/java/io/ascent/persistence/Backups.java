package io.ascent.persistence;

import io.ascent.domain.storage.Backup;
import io.ascent.domain.text.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * Backup copies of one database in a {@code backups/} folder beside it, made with SQLite's online
 * backup (a consistent copy of a live WAL database, which a file copy is not). Names start with
 * the database's name and a timestamp, so they sort by time: {@code ascent-20261128-210512-123-daily.db}.
 * Only the newest {@code keep} are kept.
 */
public final class Backups {

    public static final int DEFAULT_KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int SQLITE_OK = 0;

    private final Path databaseFile;
    private final Path folder;
    private final String stem;
    private final Pattern names;
    private final int keep;
    private final Clock clock;

    public Backups(Path databaseFile, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        this.databaseFile = databaseFile.toAbsolutePath();
        this.folder = this.databaseFile.resolveSibling("backups");
        String name = this.databaseFile.getFileName().toString();
        this.stem = name.endsWith(".db") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
        this.names = Pattern.compile(Pattern.quote(stem) + "-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.db");
        this.keep = keep;
        this.clock = clock;
    }

    public static Backups beside(Path databaseFile, Clock clock) {
        return new Backups(databaseFile, DEFAULT_KEEP, clock);
    }

    public Path folder() {
        return folder;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** The backups of this database, newest first; none if the folder does not exist. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher m = names.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    result.add(new Backup(file, LocalDateTime.parse(m.group(1), STAMP), Files.size(file), m.group(2)));
                }
            }
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("backup.listFailed", folder, e.getMessage()), e);
        }
        result.sort(Comparator.comparing(Backup::createdAt).reversed());
        return List.copyOf(result);
    }

    public Optional<Backup> newest() {
        return list().stream().findFirst();
    }

    /** Backs up the open database; waits for its other users (one worker, one lock). */
    public Backup create(Database database, String reason) {
        return create(database, reason, Optional.empty());
    }

    /** As {@link #create(Database, String)}, never pruning {@code spare} (a backup about to be restored). */
    public Backup create(Database database, String reason, Optional<Backup> spare) {
        synchronized (database) {
            try {
                return create(database.connection(), reason, spare);
            } catch (SQLException e) {
                throw new PersistenceException(I18n.t("backup.failed", Database.explain(database.file(), e)), e);
            }
        }
    }

    /** Backs up through {@code connection} (used before a migration, before the Database exists). */
    Backup create(Connection connection, String reason) throws SQLException {
        return create(connection, reason, Optional.empty());
    }

    private Backup create(Connection connection, String reason, Optional<Backup> spare) throws SQLException {
        Path target;
        try {
            PrivateFiles.createFolder(folder);
            target = folder.resolve(stem + "-" + LocalDateTime.now(clock).format(STAMP) + "-" + reason + ".db");
            // Created owner-only before SQLite writes into it: SQLite keeps an existing file's mode.
            PrivateFiles.createFile(target);
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("backup.folderFailed", folder, e.getMessage()), e);
        }
        int rc = sqlite(connection).backup("main", target.toString(), null);
        if (rc != SQLITE_OK) {
            throw new SQLException("backup returned SQLite code " + rc, null, rc);
        }
        prune(spare);
        Matcher m = names.matcher(target.getFileName().toString());
        m.matches();
        try {
            return new Backup(target, LocalDateTime.parse(m.group(1), STAMP), Files.size(target), reason);
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("backup.folderFailed", folder, e.getMessage()), e);
        }
    }

    /** Replaces the open database's content with {@code backup}'s, reporting progress from 0 to 1. */
    public void restoreInto(Database database, Backup backup, DoubleConsumer progress) {
        requireOwn(backup);
        synchronized (database) {
            try {
                restore(database.connection(), backup, progress);
            } catch (SQLException e) {
                throw new PersistenceException(I18n.t("backup.restoreFailed", Database.explain(database.file(), e)), e);
            }
        }
    }

    /**
     * Restores {@code backup} in place of a database that cannot be opened. The problem file (and
     * its -wal and -shm) is moved aside under a new name, never overwritten or deleted; if the
     * restore fails, it is moved back. Returns where the problem file now is.
     */
    public Path restoreInPlaceOfDamaged(Backup backup, DoubleConsumer progress) {
        requireOwn(backup);
        Path aside = DamagedFiles.moveAside(databaseFile, clock);
        Connection connection = null;
        try {
            PrivateFiles.createFile(databaseFile);
            connection = Database.connect(databaseFile);
            restore(connection, backup, progress);
            connection.close();
            return aside;
        } catch (SQLException | IOException e) {
            Database.closeQuietly(connection);
            DamagedFiles.moveBack(aside, databaseFile);
            throw new PersistenceException(I18n.t("backup.restoreFailed", e.getMessage()), e);
        }
    }

    private static void restore(Connection connection, Backup backup, DoubleConsumer progress) throws SQLException {
        DB.ProgressObserver observer = (remaining, pages) ->
                progress.accept(pages <= 0 ? 1.0 : 1.0 - (double) remaining / pages);
        int rc = sqlite(connection).restore("main", backup.file().toString(), observer);
        if (rc != SQLITE_OK) {
            throw new SQLException("restore returned SQLite code " + rc, null, rc);
        }
        progress.accept(1.0);
    }

    private void requireOwn(Backup backup) {
        if (!backup.file().toAbsolutePath().getParent().equals(folder)
                || !names.matcher(backup.file().getFileName().toString()).matches()) {
            throw new PersistenceException(I18n.t("backup.notOurs", backup.file()));
        }
        if (!Files.isRegularFile(backup.file())) {
            throw new PersistenceException(I18n.t("backup.missing", backup.file()));
        }
    }

    private void prune(Optional<Backup> spare) {
        List<Backup> all = list().stream().filter(b -> spare.map(s -> !s.file().equals(b.file())).orElse(true))
                .toList();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // An old backup that cannot be deleted now is deleted with the next one.
            }
        }
    }

    private static DB sqlite(Connection connection) throws SQLException {
        return connection.unwrap(SQLiteConnection.class).getDatabase();
    }
}
