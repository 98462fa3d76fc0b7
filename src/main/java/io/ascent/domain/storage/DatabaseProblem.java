package io.ascent.domain.storage;

/**
 * Why a database file could not be opened or used. Each kind is explained to the user in its
 * own words and offers its own way out; none of them lets Ascent change the file.
 */
public enum DatabaseProblem {
    /** A SQLite file whose pages are damaged. */
    CORRUPT,
    /** Not a SQLite file at all (a text file, a truncated copy, another format). */
    NOT_SQLITE,
    /** A SQLite file of another program. */
    FOREIGN,
    /** Written by a newer Ascent with a schema this version does not know. */
    NEWER_VERSION,
    /** The file or its folder may not be written by this user, or the disk is read-only. */
    READ_ONLY,
    /** The file or its folder may not be read by this user (SQLite cannot open it). */
    UNREADABLE,
    /** Another process holds a lock on the file. */
    LOCKED,
    /**
     * The file is missing or empty while its {@code backups/} folder holds backups of it: a new,
     * empty database in its place would hide the plans, and its daily backups would push theirs out.
     */
    MISSING,
    /** No file at the path, and the caller did not ask to create one (a command that only reads). */
    NOT_FOUND,
    /**
     * The file is missing or empty but its {@code -wal} or {@code -journal} is still there, holding
     * changes that belong to it: a new database in its place would discard them.
     */
    LEFTOVER_JOURNAL,
    /**
     * The file has more than one name (hard links). SQLite keeps its {@code -wal} beside the name it
     * was opened by, so two names would mean two WALs and lost changes.
     */
    LINKED,
    /** One of Ascent's backups, which is restored rather than worked in (it would be pruned). */
    BACKUP_FILE,
    /** The disk holding the file (or its {@code -wal}/{@code -shm}) is full. */
    DISK_FULL,
    /** Anything else (a folder where the file should be, a disk error). */
    OTHER;

    /**
     * Whether putting a backup in place of the file can help. Not for a newer version's file: its
     * backups are as new as it is, and an older one would hide the newest work; updating helps.
     * Not for another program's file either: restoring would rename that program's database.
     * A leftover {@code -wal} is moved aside with the file's other parts, never deleted.
     */
    public boolean restoreHelps() {
        return this == CORRUPT || this == NOT_SQLITE || this == MISSING || this == LEFTOVER_JOURNAL;
    }

    /** Whether the file can still be read when it cannot be written: commands that only read go on. */
    public boolean readableAnyway() {
        return this == READ_ONLY || this == DISK_FULL;
    }
}
