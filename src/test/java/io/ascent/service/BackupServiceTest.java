package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.storage.Backup;
import io.ascent.persistence.sqlite.Backups;
import io.ascent.persistence.sqlite.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-11-28T08:00:00Z");

    private BackupService service(Database db) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new BackupService(new Backups(db.file(), 10, clock), Optional.of(db), clock);
    }

    @Test
    void theDailyBackupIsMadeAtMostOnceADay() {
        try (Database db = Database.open(dir.resolve("ascent.db"))) {
            assertThat(service(db).dailyBackupIfDue()).isPresent();
            now = now.plus(Duration.ofHours(12));
            assertThat(service(db).dailyBackupIfDue()).isEmpty();
            now = now.plus(Duration.ofHours(13));
            assertThat(service(db).dailyBackupIfDue()).isPresent();

            assertThat(service(db).backups()).extracting(Backup::reason).containsExactly("daily", "daily");
        }
    }

    @Test
    void restoringBacksUpTheCurrentPlansFirstEvenWhenTheListIsFull() {
        try (Database db = Database.open(dir.resolve("ascent.db"))) {
            for (int i = 0; i < 10; i++) {
                now = now.plus(Duration.ofMinutes(1));
                service(db).backUpNow();
            }
            Backup oldest = service(db).backups().get(9);
            now = now.plus(Duration.ofMinutes(1));

            Backup before = service(db).restore(oldest, p -> {});

            assertThat(before.reason()).isEqualTo("before-restore");
            // The one being restored is spared by the pruning that the extra backup would trigger.
            assertThat(service(db).backups()).contains(before, oldest);
        }
    }

    @Test
    void restoringOneBackupAfterAnotherDeletesNoneOfTheOriginals() {
        try (Database db = Database.open(dir.resolve("ascent.db"))) {
            for (int i = 0; i < 10; i++) {
                now = now.plus(Duration.ofMinutes(1));
                service(db).backUpNow();
            }
            List<Backup> originals = service(db).backups();

            for (Backup original : originals) {
                now = now.plus(Duration.ofMinutes(1));
                service(db).restore(original, p -> {});
            }

            assertThat(service(db).backups()).containsAll(originals);
            // The next ordinary backup prunes: the newest 10 others, and 5 made before a restore.
            now = now.plus(Duration.ofDays(1));
            service(db).dailyBackupIfDue();
            assertThat(service(db).backups())
                    .filteredOn(b -> b.reason().equals(Backup.BEFORE_RESTORE))
                    .hasSize(5);
            assertThat(service(db).backups())
                    .filteredOn(b -> !b.reason().equals(Backup.BEFORE_RESTORE))
                    .hasSize(10);
        }
    }
}
