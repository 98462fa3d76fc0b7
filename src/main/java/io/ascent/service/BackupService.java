package io.ascent.service;

import io.ascent.domain.storage.Backup;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * Lists, makes and restores backups of one database file. For an open database it backs up
 * and restores through its connection; for one that cannot be opened it can only put a backup
 * in its place, after moving the problem file aside.
 */
public class BackupService {

    private final Backups backups;
    private final Optional<Database> database;
    private final Clock clock;

    public BackupService(Backups backups, Optional<Database> database, Clock clock) {
        this.backups = backups;
        this.database = database;
        this.clock = clock;
    }

    /** Backups of a database that could not be opened; only listing and restoring in its place work. */
    /**
     * Whether {@code file} is one of Ascent's backups: opened as the working database it would be
     * changed, and could later be pruned with the old backups, so it is restored instead.
     */
    public static boolean isBackup(Path file) {
        return Backups.isBackupFile(file);
    }

    public static BackupService forUnopened(Path databaseFile, Clock clock) {
        return new BackupService(Backups.beside(databaseFile, clock), Optional.empty(), clock);
    }

    /** Newest first. */
    public List<Backup> backups() {
        return backups.list();
    }

    public Optional<Backup> newest() {
        return backups.newest();
    }

    /** The folder the backups are kept in, beside the database. */
    public Path folder() {
        return backups.folder();
    }

    public Backup backUpNow() {
        return backups.create(open(), Backup.MANUAL);
    }

    /** The backup made before progress moves to a ladder's new edition ({@link ProgressCarryOver}). */
    public Backup beforeLadderUpdate() {
        return backups.create(open(), Backup.BEFORE_LADDER_UPDATE);
    }

    /**
     * Makes the day's backup unless one was already made today; empty when none was due. Every page
     * is checked first ({@code PRAGMA quick_check}): a damaged file gets no backup (it would push a
     * good one out) and no further writes, and the damage is reported as such.
     */
    public Optional<Backup> dailyBackupIfDue() {
        open().verify();
        LocalDate today = LocalDate.now(clock);
        boolean done = backups.newest()
                .map(b -> !LocalDate.ofInstant(b.createdAt(), clock.getZone()).isBefore(today))
                .orElse(false);
        return done ? Optional.empty() : Optional.of(backups.create(open(), Backup.DAILY));
    }

    /**
     * Puts {@code backup}'s plans in place of the open database's. The current state is backed up
     * first, so a restore can itself be undone from the same list; that backup prunes nothing. A
     * backup that is empty, damaged, another program's or a newer Ascent's is refused first.
     */
    public Backup restore(Backup backup, DoubleConsumer progress) {
        // Checked before the current state is backed up: a refused restore leaves nothing behind.
        backups.requireRestorable(backup);
        Backup before = backups.create(open(), Backup.BEFORE_RESTORE);
        backups.restoreInto(open(), backup, progress);
        return before;
    }

    /**
     * Restores {@code backup} in place of the database file that could not be opened. Returns the
     * new name of the problem file, which is kept; empty if the file was missing.
     */
    public Optional<Path> restoreInPlaceOfDamaged(Backup backup, DoubleConsumer progress) {
        if (database.isPresent()) {
            throw new IllegalStateException("the database is open; use restore()");
        }
        return backups.restoreInPlaceOfDamaged(backup, progress);
    }

    private Database open() {
        return database.orElseThrow(() -> new IllegalStateException("no database is open"));
    }
}
