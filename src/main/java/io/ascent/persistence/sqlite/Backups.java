package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.Backup;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.PrivateFiles;
import io.ascent.text.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backup copies of one database in a {@code backups/} folder beside it, made with SQLite's online
 * backup (a consistent copy of a live WAL database, which a file copy is not). Names start with
 * the database's file name and a UTC timestamp, so they sort by time:
 * {@code ascent.db.20261128-210512-123-daily.db} ({@link BackupNames}).
 * Which are kept is {@link BackupRetention}'s rule.
 */
public final class Backups {

    public static final int DEFAULT_KEEP = 10;
    static final int SQLITE_OK = 0;
    private static final int SQLITE_IOERR = 10;

    private final Path databaseFile;
    private final Path folder;
    private final Pattern names;
    private final int keep;
    private final Clock clock;

    public Backups(Path databaseFile, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        this.databaseFile = databaseFile.toAbsolutePath();
        this.folder = this.databaseFile.resolveSibling(BackupNames.FOLDER);
        this.names = BackupNames.of(this.databaseFile);
        this.keep = keep;
        this.clock = clock;
    }

    /** Whether {@code file} is named and placed as a backup Ascent makes ({@link BackupNames#isBackup}). */
    public static boolean isBackupFile(Path file) {
        return BackupNames.isBackup(file);
    }

    /** The database {@code backup} was made of ({@link BackupNames#databaseOf}). */
    public static Path databaseOf(Path backup) {
        return BackupNames.databaseOf(backup);
    }

    public static Backups beside(Path databaseFile, Clock clock) {
        return new Backups(databaseFile, DEFAULT_KEEP, clock);
    }

    public Path folder() {
        return folder;
    }

    /**
     * The backups of this database, newest first; none if the folder does not exist. A file that
     * vanishes while listed (pruned by another window), has an impossible date, or is empty or cut
     * short (a copy an earlier build was making when it was killed) is skipped.
     */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                read(file).ifPresent(result::add);
            }
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("backup.listFailed", folder, e.getMessage()), e);
        }
        result.sort(Comparator.comparing(Backup::createdAt).reversed());
        return List.copyOf(result);
    }

    /** A backup, if {@code file} is named as one of this database's and looks complete ({@link BackupCheck}). */
    private Optional<Backup> read(Path file) {
        Matcher m = names.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file) || !BackupCheck.looksComplete(file)) {
            return Optional.empty();
        }
        try {
            Instant created = BackupNames.STAMP.parse(m.group(1), Instant::from);
            return Optional.of(new Backup(file, created, Files.size(file), m.group(2)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    public Optional<Backup> newest() {
        return list().stream().findFirst();
    }

    /**
     * Backs up the open database; waits for its other users (one worker, one lock). A backup
     * made before a restore prunes nothing: restoring must never delete a backup.
     */
    public Backup create(Database database, String reason) {
        synchronized (database) {
            try {
                return create(database.connection(), reason);
            } catch (SQLException e) {
                throw new PersistenceException(DatabaseProblems.backupMessage(folder, database.file(), e), e);
            }
        }
    }

    /** Backs up through {@code connection} and prunes old backups (not for a backup made before a restore). */
    Backup create(Connection connection, String reason) throws SQLException {
        Backup made = copy(connection, reason);
        if (!Backup.BEFORE_RESTORE.equals(reason)) {
            prune();
        }
        return made;
    }

    /**
     * Backs up the database before its schema is migrated, through a connection of its own that
     * only reads (the migrating one holds the write lock). If a backup made before an earlier
     * migration attempt holds exactly the same content (the attempt failed: locked, killed, disk
     * full), that one is kept and no new copy made, so failed attempts never add up.
     */
    Backup beforeMigration(int version) throws SQLException {
        Backup made;
        try (Connection source = Ownership.readOnly(databaseFile, false)) {
            made = copy(source, Backup.beforeMigration(version));
        }
        for (Backup earlier : list()) {
            if (earlier.beforeMigration() && !earlier.file().equals(made.file()) && sameContent(earlier, made)) {
                deleteQuietly(made.file());
                return earlier;
            }
        }
        prune();
        return made;
    }

    /**
     * Copies the database into a temporary name in the folder ({@code <name>.partial-<unique>},
     * never listed), checks the copy and only then renames it to its backup name, so a copy cut
     * short (killed, disk full) is never listed, let alone restored as the newest.
     */
    private Backup copy(Connection connection, String reason) throws SQLException {
        Path target;
        Path partial;
        Instant now = clock.instant();
        try {
            PrivateFiles.createFolder(folder);
            target = folder.resolve(BackupNames.name(databaseFile, BackupNames.STAMP.format(now), reason));
            // Created owner-only before SQLite writes into it: SQLite keeps an existing file's mode.
            partial = Files.createTempFile(folder, target.getFileName() + BackupNames.PARTIAL, "");
            PrivateFiles.tighten(partial);
        } catch (IOException e) {
            throw new PersistenceException(I18n.t("backup.folderFailed", folder, e.getMessage()), e);
        }
        int rc = Restores.sqlite(connection).backup("main", partial.toString(), null);
        if (rc != SQLITE_OK || !BackupCheck.complete(partial)) {
            DamagedFiles.deleteSetQuietly(partial);
            throw new SQLException("backup returned SQLite code " + rc, null, rc == SQLITE_OK ? SQLITE_IOERR : rc);
        }
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " exists");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            Instant stamped = BackupNames.STAMP.parse(BackupNames.STAMP.format(now), Instant::from);
            return new Backup(target, stamped, Files.size(target), reason);
        } catch (IOException e) {
            DamagedFiles.deleteSetQuietly(partial);
            throw new SQLException(e.getMessage(), null, SQLITE_IOERR);
        }
    }

    private void prune() {
        BackupRetention.delete(BackupRetention.toDelete(list(), keep));
        BackupRetention.deleteAbandoned(folder, databaseFile.getFileName() + ".", clock.instant());
    }

    private static boolean sameContent(Backup a, Backup b) {
        try {
            return a.sizeBytes() == b.sizeBytes() && Files.mismatch(a.file(), b.file()) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    /** Replaces the open database's content with {@code backup}'s, reporting progress from 0 to 1. */
    public void restoreInto(Database database, Backup backup, DoubleConsumer progress) {
        requireRestorable(backup);
        synchronized (database) {
            try {
                Restores.into(database.connection(), backup, progress);
                progress.accept(1.0);
            } catch (SQLException e) {
                throw new PersistenceException(
                        I18n.t(
                                "backup.restoreFailed",
                                DatabaseProblems.message(database.file(), DatabaseProblems.of(database.file(), e), e)),
                        e);
            }
        }
    }

    /**
     * Restores {@code backup} in place of a database that cannot be opened, never overwriting or
     * deleting the problem file ({@link Restores#inPlaceOf}). Returns where the problem file now
     * is; empty if there was none (a missing file).
     */
    public Optional<Path> restoreInPlaceOfDamaged(Backup backup, DoubleConsumer progress) {
        requireRestorable(backup);
        return Restores.inPlaceOf(databaseFile, backup, clock, progress);
    }

    /**
     * Refuses, changing nothing, a backup that is not one of this database's, or that a restore
     * would make things worse with: empty, cut short, damaged, another program's, or from a newer
     * Ascent ({@link BackupCheck}). Every restore calls this before it writes anything.
     */
    public void requireRestorable(Backup backup) {
        if (!backup.file().toAbsolutePath().getParent().equals(folder)
                || !names.matcher(backup.file().getFileName().toString()).matches()) {
            throw new PersistenceException(I18n.t("backup.notOurs", backup.file()));
        }
        if (!Files.isRegularFile(backup.file())) {
            throw new PersistenceException(I18n.t("backup.missing", backup.file()));
        }
        BackupCheck.problem(backup.file()).ifPresent(why -> {
            throw new PersistenceException(
                    I18n.t("backup.unusable", backup.file().getFileName(), why));
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Listed as a backup at worst; the next prune removes it.
        }
    }
}
