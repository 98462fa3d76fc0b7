package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.Backup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Which backups to delete. The newest {@code keep} daily and manual backups are kept. Those made
 * before a restore and before a migration (of the schema, or of progress to a ladder's new
 * edition) are counted apart, each with its own small limit:
 * restoring one backup after another, or a migration that fails again and again, must never push
 * the daily and manual ones out. Whatever the counts say, the newest backup that holds plans is
 * kept: daily backups of a file that lost its plans must not push out the last one with them.
 */
final class BackupRetention {

    /** How many "before a restore" backups are kept, apart from the others. */
    static final int KEEP_BEFORE_RESTORE = 5;

    /** How many "before a migration" backups are kept, apart from the others. */
    static final int KEEP_BEFORE_MIGRATION = 5;

    private BackupRetention() {}

    /** The backups to delete from {@code all}, which is newest first. */
    static List<Backup> toDelete(List<Backup> all, int keep) {
        List<Backup> regular = new ArrayList<>();
        List<Backup> beforeRestore = new ArrayList<>();
        List<Backup> beforeMigration = new ArrayList<>();
        for (Backup b : all) {
            if (Backup.BEFORE_RESTORE.equals(b.reason())) {
                beforeRestore.add(b);
            } else if (b.beforeMigration() || Backup.BEFORE_LADDER_UPDATE.equals(b.reason())) {
                // Both copy the file as it was before an upgrade: the schema's or a ladder's.
                beforeMigration.add(b);
            } else {
                regular.add(b);
            }
        }
        List<Backup> delete = new ArrayList<>(beyond(beforeRestore, KEEP_BEFORE_RESTORE));
        delete.addAll(beyond(beforeMigration, KEEP_BEFORE_MIGRATION));
        List<Backup> kept = regular.subList(0, Math.min(keep, regular.size()));
        List<Backup> old = regular.subList(kept.size(), regular.size());
        if (!old.isEmpty() && kept.stream().noneMatch(BackupRetention::holdsPlans)) {
            old.stream()
                    .filter(BackupRetention::holdsPlans)
                    .findFirst()
                    .ifPresentOrElse(
                            spared -> old.stream().filter(b -> b != spared).forEach(delete::add),
                            () -> delete.addAll(old));
        } else {
            delete.addAll(old);
        }
        return delete;
    }

    private static List<Backup> beyond(List<Backup> newestFirst, int kept) {
        return newestFirst.subList(Math.min(kept, newestFirst.size()), newestFirst.size());
    }

    /** Whether a backup has at least one plan; a file that cannot be read counts as holding some. */
    static boolean holdsPlans(Backup backup) {
        Path file = backup.file();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        // Immutable: reading a backup must not leave -wal and -shm files beside it.
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM plan)")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return true;
        }
    }

    /**
     * Deletes copies of backups whose names start with {@code prefix} that were being written more than an hour before
     * {@code now} and never finished (the process was killed), with their journals. A younger one
     * may be another window's backup in progress.
     */
    static void deleteAbandoned(Path folder, String prefix, Instant now) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix)
                        && name.contains(BackupNames.PARTIAL)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(Duration.ofHours(1)))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Never listed, never restored: deleted by a later backup.
        }
    }

    static void delete(List<Backup> backups) {
        for (Backup old : backups) {
            try {
                // With the -wal and -shm that SQLite may have left from reading it (a restore).
                DamagedFiles.deleteSet(old.file());
            } catch (IOException e) {
                // An old backup that cannot be deleted now is deleted with the next one.
            }
        }
    }
}
