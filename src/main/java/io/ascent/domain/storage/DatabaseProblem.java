package io.ascent.domain.storage;

/**
 * Why a database file could not be opened. Each kind is explained to the user in its own words
 * and offers its own way out; none of them lets Ascent change the file.
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
    /** The file or its folder may not be written by this user. */
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
    /** Anything else (a folder where the file should be, a disk error). */
    OTHER;

    /**
     * Whether putting a backup in place of the file can help. Not for a newer version's file: its
     * backups are as new as it is, and an older one would hide the newest work; updating helps.
     * Not for another program's file either: restoring would rename that program's database.
     */
    public boolean restoreHelps() {
        return this == CORRUPT || this == NOT_SQLITE || this == MISSING;
    }
}
