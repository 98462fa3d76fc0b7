package io.ascent.persistence.sqlite;

/**
 * How a database is opened: whether a missing file may be created, whether a file that cannot be
 * written is still opened to be read, and whether every page is checked before anything is done.
 *
 * @param create          a missing file becomes a new database (the window, {@code plan create},
 *                        {@code --create}); otherwise a missing file is {@code NOT_FOUND}
 * @param readOnlyFallback a file that cannot be written (read-only media, permissions, a full
 *                        disk) is opened read-only, writes refused with the reason
 * @param verify          {@code PRAGMA quick_check} before use: a damaged file is refused at once
 *                        instead of being read wrongly or written half-way
 */
public record Opening(boolean create, boolean readOnlyFallback, boolean verify) {

    /** The window: creates the file on first start; damage is checked in the background later. */
    public static final Opening WINDOW = new Opening(true, false, false);

    /** A command that only reads: never creates a file, reads what it can read. */
    public static final Opening READ = new Opening(false, true, true);

    /** A command that writes to an existing database. */
    public static final Opening WRITE = new Opening(false, false, true);

    /** A command that writes and may make the database first ({@code plan create}, {@code --create}). */
    public static final Opening CREATE = new Opening(true, false, true);

    /** The same, but allowed to create the file. */
    public Opening creating() {
        return new Opening(true, readOnlyFallback, verify);
    }
}
