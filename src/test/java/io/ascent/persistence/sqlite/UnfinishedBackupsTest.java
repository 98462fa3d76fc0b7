package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.Backup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup is written under a name that is never listed and renamed when it is whole, so a copy
 * cut short (the process killed, the disk full) never becomes "the newest backup"; copies such
 * as earlier builds left (empty, or shorter than their header says) are not listed either.
 */
class UnfinishedBackupsTest {

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-12-06T22:00:00Z");

    private Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private Backup goodBackup(Path file) {
        try (Database db = Database.open(file, clock())) {
            new SqlitePlanRepository(db)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now());
            return new Backups(file, 10, clock()).create(db, Backup.MANUAL);
        }
    }

    @Test
    void emptyAndCutShortBackupsAreNeverListedNorTheNewest() throws Exception {
        Path file = dir.resolve("old.db");
        Backup good = goodBackup(file);
        Path backups = dir.resolve("backups");
        // As a killed pre-upgrade backup of an earlier build left it: empty, with a journal.
        Files.createFile(backups.resolve("old-20261207-000000-000-before-v8.db"));
        Files.write(backups.resolve("old-20261207-000000-000-before-v8.db-journal"), new byte[512]);
        byte[] whole = Files.readAllBytes(good.file());
        Files.write(backups.resolve("old.db.20261207-010000-000-daily.db"), Arrays.copyOf(whole, whole.length - 4096));
        Files.writeString(backups.resolve("old.db.20261207-020000-000-daily.db"), "junk");

        Backups list = new Backups(file, 10, clock());

        assertThat(list.list()).containsExactly(good);
        assertThat(list.newest()).contains(good);
    }

    @Test
    void aBackupIsListedOnlyOnceItIsWholeAndAbandonedCopiesAreCleanedUp() throws Exception {
        Path file = dir.resolve("ascent.db");
        Backup first = goodBackup(file);
        Path backups = dir.resolve("backups");
        Path abandoned = Files.write(
                backups.resolve("ascent.db.20261206-200000-000-daily.db" + BackupNames.PARTIAL + "123"),
                Arrays.copyOf(Files.readAllBytes(first.file()), 8192));
        Files.setLastModifiedTime(abandoned, FileTime.from(now.minus(Duration.ofHours(2))));
        Path inProgress = Files.write(
                backups.resolve("ascent.db.20261206-215959-000-daily.db" + BackupNames.PARTIAL + "456"), new byte[0]);
        Files.setLastModifiedTime(inProgress, FileTime.from(now));

        assertThat(new Backups(file, 10, clock()).list()).containsExactly(first);

        now = now.plusSeconds(60);
        Backup second;
        try (Database db = Database.open(file, clock())) {
            second = new Backups(file, 10, clock()).create(db, Backup.MANUAL);
        }

        assertThat(new Backups(file, 10, clock()).list()).containsExactly(second, first);
        assertThat(BackupCheck.complete(second.file())).isTrue();
        assertThat(abandoned).doesNotExist();
        assertThat(inProgress).exists();
        try (var files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            first.file().getFileName().toString(),
                            second.file().getFileName().toString(),
                            inProgress.getFileName().toString());
        }
    }
}
