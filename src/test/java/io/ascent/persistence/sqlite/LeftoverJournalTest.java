package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.DatabaseProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database file that is gone (or empty) while its -wal or -journal still holds changes is not a
 * new database: a new file in its place would discard those changes. Nothing is created, nothing
 * deleted, for the window and for commands alike.
 */
class LeftoverJournalTest {

    @TempDir
    Path dir;

    /** The -wal of a database holding a committed plan, as a crash (or a lost file) leaves it. */
    static byte[] walWithAPlan(Path file) throws Exception {
        try (Database db = Database.open(file)) {
            new SqlitePlanRepository(db)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now());
            return Files.readAllBytes(Path.of(file + "-wal"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-wal", "-journal"})
    void aMissingFileWithItsLeftoverChangesIsRefusedAndNothingIsTouched(String suffix) throws Exception {
        Path file = dir.resolve("ascent.db");
        byte[] wal = walWithAPlan(file);
        Files.delete(file);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
        Path leftover = Files.write(Path.of(file + suffix), wal);

        for (Opening how : new Opening[] {Opening.WINDOW, Opening.READ, Opening.CREATE}) {
            DatabaseUnusableException e = catchThrowableOfType(
                    DatabaseUnusableException.class, () -> Database.open(file, Clock.systemUTC(), how));

            assertThat(e.problem()).isEqualTo(DatabaseProblem.LEFTOVER_JOURNAL);
            assertThat(e.getMessage()).contains("ascent.db" + suffix, "still holds changes");
        }
        assertThat(Files.readAllBytes(leftover)).isEqualTo(wal);
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("ascent.db-shm")).doesNotExist();
    }

    @Test
    void anEmptyFileWithALeftoverWalIsRefusedToo() throws Exception {
        Path file = dir.resolve("ascent.db");
        byte[] wal = walWithAPlan(file);
        Files.write(file, new byte[0]);
        Files.write(Path.of(file + "-wal"), wal);

        DatabaseUnusableException e = catchThrowableOfType(DatabaseUnusableException.class, () -> Database.open(file));

        assertThat(e.problem()).isEqualTo(DatabaseProblem.LEFTOVER_JOURNAL);
        assertThat(Files.size(file)).isZero();
        assertThat(Files.readAllBytes(Path.of(file + "-wal"))).isEqualTo(wal);
    }

    @Test
    void aRestoreMovesTheLeftoverAsideInsteadOfDeletingIt() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            Backups.beside(file, Clock.systemUTC()).create(db, "manual");
        }
        byte[] wal = walWithAPlan(dir.resolve("other.db"));
        Files.delete(file);
        Files.write(Path.of(file + "-wal"), wal);
        Backups backups = Backups.beside(file, Clock.systemUTC());

        Optional<Path> aside = backups.restoreInPlaceOfDamaged(backups.newest().orElseThrow(), progress -> {});

        assertThat(aside).isEmpty();
        assertThat(file).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith("-wal"))
                            .toList())
                    .singleElement()
                    .satisfies(kept -> assertThat(Files.readAllBytes(kept)).isEqualTo(wal));
        }
    }
}
