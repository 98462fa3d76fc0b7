package io.ascent.persistence.sqlite;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How backups are named: the database's name without ".db", a UTC stamp and the reason
 * ({@code ascent-20261128-210512-123-daily.db}), in a {@code backups} folder beside the database.
 * Names in UTC sort by time across daylight-saving changes and travel.
 */
final class BackupNames {

    static final String FOLDER = "backups";
    /** Between a backup's name and a unique tail while it is being written: such a file is never listed. */
    static final String PARTIAL = ".partial-";

    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    /** What follows the database's name in a backup's name: the UTC stamp and the reason. */
    private static final String STAMP_AND_REASON = "-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.db";

    private static final Pattern ANY_BACKUP = Pattern.compile("(.+)" + STAMP_AND_REASON);

    private BackupNames() {}

    /** The start of the backups' names of {@code databaseFile}. */
    static String stem(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        return name.endsWith(".db") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
    }

    /** The names of the backups of a database whose names start with {@code stem}: group 1 the stamp, 2 the reason. */
    static Pattern of(String stem) {
        return Pattern.compile(Pattern.quote(stem) + STAMP_AND_REASON);
    }

    /**
     * Whether {@code file} is named and placed as a backup Ascent makes, of any database: named
     * like one, in a {@code backups} folder (a user's own {@code ~/backups/ascent.db} still opens).
     */
    static boolean isBackup(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null
                && parent.getFileName() != null
                && parent.getFileName().toString().equals(FOLDER)
                && ANY_BACKUP.matcher(file.getFileName().toString()).matches();
    }

    /** The database {@code backup} (a file {@link #isBackup named as a backup}) was made of. */
    static Path databaseOf(Path backup) {
        Path absolute = backup.toAbsolutePath().normalize();
        Matcher m = ANY_BACKUP.matcher(absolute.getFileName().toString());
        String stem = m.matches() ? m.group(1) : absolute.getFileName().toString();
        Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
        return folder.resolveSibling(stem + ".db");
    }
}
