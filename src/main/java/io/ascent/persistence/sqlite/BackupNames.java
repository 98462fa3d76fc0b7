package io.ascent.persistence.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How backups are named: the database's full file name, a dot, a UTC stamp and the reason
 * ({@code ascent.db.20261128-210512-123-daily.db}), in a {@code backups} folder beside the
 * database. Names in UTC sort by time across daylight-saving changes and travel. Earlier builds
 * named them by the name without ".db" and a dash ({@code ascent-20261128-210512-123-daily.db}),
 * so {@code plans} and {@code plans.db} of one folder shared names; those names are still read,
 * as the backups of {@code plans.db} if that file is there, else of {@code plans}.
 */
final class BackupNames {

    static final String FOLDER = "backups";
    /** Between a backup's name and a unique tail while it is being written: such a file is never listed. */
    static final String PARTIAL = ".partial-";

    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    /** What follows the database's name and its separator: the UTC stamp and the reason. */
    private static final String STAMP_AND_REASON = "(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.db";

    private static final Pattern ANY_BACKUP = Pattern.compile("(.+)\\." + STAMP_AND_REASON);
    private static final Pattern ANY_EARLIER = Pattern.compile("(.+)-" + STAMP_AND_REASON);

    private BackupNames() {}

    /** The name of {@code databaseFile}'s backup made at {@code stamp} for {@code reason}. */
    static String name(Path databaseFile, String stamp, String reason) {
        return databaseFile.getFileName() + "." + stamp + "-" + reason + ".db";
    }

    /**
     * The names of {@code databaseFile}'s backups, group 1 the stamp, 2 the reason: its own, and
     * those an earlier build named after it (unless they are a sibling's: see the class comment).
     */
    static Pattern of(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        String own = Pattern.quote(name) + "\\.";
        boolean dotDb = name.endsWith(".db") && name.length() > 3;
        String stem = dotDb ? name.substring(0, name.length() - 3) : name;
        boolean earlierAreOurs = dotDb || !Files.exists(databaseFile.resolveSibling(name + ".db"));
        String earlier = earlierAreOurs ? "|" + Pattern.quote(stem) + "-" : "";
        return Pattern.compile("(?:" + own + earlier + ")" + STAMP_AND_REASON);
    }

    /**
     * Whether {@code file} is named and placed as a backup Ascent makes, of any database: named
     * like one, in a {@code backups} folder (a user's own {@code ~/backups/ascent.db} still opens).
     */
    static boolean isBackup(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        String name = file.getFileName().toString();
        return parent != null
                && parent.getFileName() != null
                && parent.getFileName().toString().equals(FOLDER)
                && (ANY_BACKUP.matcher(name).matches()
                        || ANY_EARLIER.matcher(name).matches());
    }

    /** The database {@code backup} (a file {@link #isBackup named as a backup}) was made of. */
    static Path databaseOf(Path backup) {
        Path absolute = backup.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
        Matcher own = ANY_BACKUP.matcher(name);
        if (own.matches()) {
            return folder.resolveSibling(own.group(1));
        }
        Matcher earlier = ANY_EARLIER.matcher(name);
        return folder.resolveSibling((earlier.matches() ? earlier.group(1) : name) + ".db");
    }
}
