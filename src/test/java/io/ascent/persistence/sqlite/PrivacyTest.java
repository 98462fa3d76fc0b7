package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ascent.domain.PlanDraft;
import io.ascent.persistence.PrivateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan holds private notes: only its owner may read the database, its WAL and its backups. */
class PrivacyTest {

    @TempDir
    Path dir;

    @BeforeEach
    void onPosix() {
        assumeTrue(PrivateFiles.posix(), "file modes exist on POSIX systems only");
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void theDatabaseItsWalAndShmAreOwnerOnly() throws Exception {
        Path file = dir.resolve("data").resolve("ascent.db");
        try (Database db = Database.open(file)) {
            new SqlitePlanRepository(db)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now());

            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("data/ascent.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("data/ascent.db-shm"))).isEqualTo("rw-------");
            assertThat(mode(file.getParent())).isEqualTo("rwx------");
        }
    }

    @Test
    void backupsAndTheirFolderAreOwnerOnly() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            var backup = Backups.beside(file, Clock.systemDefaultZone()).create(db, "manual");

            assertThat(mode(backup.file())).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("backups"))).isEqualTo("rwx------");
        }
    }
}
