package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.Backup;
import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.service.BackupService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file Ascent refuses is left exactly as found: an empty file is not turned into a database by
 * a command that only reads, and no {@code -wal} or {@code -shm} stays beside a refused file, nor
 * beside a backup that was restored.
 */
class RefusedFilesLeftAsFoundTest {

    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anEmptyFileIsRefusedByCommandsThatDoNotCreateAndLeftEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("e2.txt"));
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-r--r--"));
        for (Opening how : new Opening[] {Opening.READ, Opening.WRITE}) {
            DatabaseUnusableException refused = catchThrowableOfType(
                    DatabaseUnusableException.class, () -> Database.open(empty, Clock.systemUTC(), how));
            assertThat(refused.problem()).isEqualTo(DatabaseProblem.NOT_SQLITE);
            assertThat(refused.getMessage()).contains(empty + " is empty", "not an Ascent database");
        }
        assertThat(Files.size(empty)).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(empty)))
                .isEqualTo("rw-r--r--");
        assertThat(namesIn(dir)).containsExactly("e2.txt");
    }

    @Test
    void anotherProgramsWalDatabaseIsRefusedWithNothingLeftBesideIt() throws Exception {
        Path other = dir.resolve("other.sqlite");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.executeUpdate("create table plan(x)");
            st.executeUpdate("insert into plan values (1)");
        }
        assertThat(namesIn(dir)).containsExactly("other.sqlite");
        byte[] before = Files.readAllBytes(other);

        for (Opening how : new Opening[] {Opening.READ, Opening.WRITE, Opening.WINDOW}) {
            DatabaseUnusableException refused = catchThrowableOfType(
                    DatabaseUnusableException.class, () -> Database.open(other, Clock.systemUTC(), how));
            assertThat(refused.problem()).isEqualTo(DatabaseProblem.FOREIGN);
        }

        assertThat(namesIn(dir)).containsExactly("other.sqlite");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void aNewerAscentsDatabaseIsRefusedWithNothingLeftBesideIt() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 999");
        }
        assertThat(namesIn(dir)).containsExactly("newer.db");

        DatabaseUnusableException refused = catchThrowableOfType(
                DatabaseUnusableException.class, () -> Database.open(file, Clock.systemUTC(), Opening.READ));

        assertThat(refused.problem()).isEqualTo(DatabaseProblem.NEWER_VERSION);
        assertThat(namesIn(dir)).containsExactly("newer.db");
    }

    @Test
    void restoringABackupLeavesNoWalOrShmInTheBackupsFolder() throws Exception {
        Path file = dir.resolve("db.db");
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(file, clock)) {
            new SqlitePlanRepository(db)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            clock.instant());
            Backup backup = new Backups(file, 10, clock).create(db, Backup.MANUAL);
            new BackupService(new Backups(file, 10, clock), Optional.of(db), clock).restore(backup, p -> {});
        }
        Files.writeString(file, "damaged");
        Files.deleteIfExists(dir.resolve("db.db-wal"));
        Files.deleteIfExists(dir.resolve("db.db-shm"));
        Backups backups = new Backups(file, 10, clock);
        backups.restoreInPlaceOfDamaged(
                backups.list().stream()
                        .filter(b -> b.reason().equals(Backup.MANUAL))
                        .findFirst()
                        .orElseThrow(),
                p -> {});

        assertThat(namesIn(dir.resolve("backups")))
                .allMatch(n -> n.endsWith(".db"))
                .hasSize(2);
    }
}
