package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.PrivateFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Each kind of unusable database is told apart, so the recovery screen can say which it is. */
class DatabaseProblemTest {

    @TempDir
    Path dir;

    /** An Ascent database with one plan whose schema page is then overwritten with garbage. */
    static Path corruptDatabase(Path file) throws Exception {
        try (Database db = Database.open(file)) {
            new SqlitePlanRepository(db)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now());
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(100);
            raf.write(new byte[3000]);
            raf.seek(100);
            raf.write(new byte[] {13, 0, 0, 0, 9, 1, 2, 3});
        }
        return file;
    }

    private DatabaseUnusableException openFails(Path file) {
        return catchThrowableOfType(DatabaseUnusableException.class, () -> Database.open(file));
    }

    @Test
    void aDamagedAscentDatabaseIsCorruptAndLeftUntouched() throws Exception {
        Path file = corruptDatabase(dir.resolve("ascent.db"));
        byte[] before = Files.readAllBytes(file);

        DatabaseUnusableException e = openFails(file);

        assertThat(e.problem()).isEqualTo(DatabaseProblem.CORRUPT);
        assertThat(e.getMessage()).contains("is damaged", "Nothing was changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aTextFileIsNotSqlite() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "Meeting notes\n".repeat(40));

        assertThat(openFails(file).problem()).isEqualTo(DatabaseProblem.NOT_SQLITE);
    }

    @Test
    void aTruncatedHeaderIsNotSqlite() throws Exception {
        Path file = Files.write(dir.resolve("cut.db"), "SQLite for".getBytes(StandardCharsets.US_ASCII));

        assertThat(openFails(file).problem()).isEqualTo(DatabaseProblem.NOT_SQLITE);
    }

    @Test
    void anotherProgramsDatabaseIsForeign() throws Exception {
        Path file = dir.resolve("contacts.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("CREATE TABLE contact (name TEXT)");
        }

        assertThat(openFails(file).problem()).isEqualTo(DatabaseProblem.FOREIGN);
    }

    @Test
    void aDatabaseOfANewerAscentIsNewerVersionAndNotConvertedToWal() throws Exception {
        Path file = dir.resolve("future.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("CREATE TABLE plan (id INTEGER)");
            st.execute("PRAGMA user_version = 99");
            st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
        }
        byte[] before = Files.readAllBytes(file);

        assertThat(openFails(file).problem()).isEqualTo(DatabaseProblem.NEWER_VERSION);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseHeldExclusivelyByAnotherProcessIsLocked() throws Exception {
        Path file = dir.resolve("ascent.db");
        Database.open(file).close();
        try (var other = DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = other.createStatement()) {
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("BEGIN EXCLUSIVE");

            DatabaseUnusableException e = openFails(file);

            assertThat(e.problem()).isEqualTo(DatabaseProblem.LOCKED);
            assertThat(e.getMessage()).contains("locked by another program");
            st.execute("ROLLBACK");
        }
    }

    // A file this user may not write (or read) is tested as an unprivileged user in
    // io.ascent.app.UnprivilegedUserTest: as root, which CI runs as, every file is writable.

    @Test
    void damageFoundWhileWorkingIsNamedForEveryFrontEndAndStopsEveryLaterWrite() throws Exception {
        Path file = dir.resolve("ascent.db");
        long planPage;
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 40; i++) {
                new SqlitePlanRepository(db)
                        .create(
                                new PlanDraft("Plan " + i, "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                                Instant.now());
            }
            planPage = db.withConnection(c -> {
                try (var st = c.createStatement();
                        var rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'plan'")) {
                    return rs.getLong(1);
                }
            });
        }
        // Damage in the plans' data, not in the schema: the file opens, reading the plans fails.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((planPage - 1) * 4096);
            raf.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 0x7F, 0x7F, 0x7F});
        }
        // The plan table's page, not the schema's (which spans several pages): the file opens, reading plans fails.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((planPage - 1) * 4096);
            raf.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 0x7F, 0x7F, 0x7F});
        }

        try (Database db = Database.open(file)) {
            SqlitePlanRepository plans = new SqlitePlanRepository(db);
            DatabaseUnusableException e = catchThrowableOfType(DatabaseUnusableException.class, plans::findAll);
            byte[] main = Files.readAllBytes(file);
            byte[] wal = Files.readAllBytes(dir.resolve("ascent.db-wal"));

            assertThat(e.problem()).isEqualTo(DatabaseProblem.CORRUPT);
            // What to do about it is each front end's to say (a menu, a command), not the database's.
            assertThat(e.getMessage()).contains("is damaged").doesNotContain("File >", "ascent ");
            assertThatThrownBy(() -> plans.create(
                            new PlanDraft("After", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now()))
                    .isInstanceOf(DatabaseUnusableException.class)
                    .hasMessageContaining("Could not create the plan \"After\"")
                    .hasMessageContaining("is damaged");
            assertThat(Files.readAllBytes(file)).isEqualTo(main);
            assertThat(Files.readAllBytes(dir.resolve("ascent.db-wal"))).isEqualTo(wal);
        }
    }

    @Test
    void theWindowsPageCheckFindsDamageItsReadsMissedAndThenNothingIsWritten() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            new SqlitePlanRepository(db)
                    .create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now());
        }
        DamagedDatabases.damageALatePage(file);

        try (Database db = Database.open(file)) {
            SqlitePlanRepository plans = new SqlitePlanRepository(db);
            assertThat(plans.findAll()).hasSize(1);

            DatabaseUnusableException found = catchThrowableOfType(DatabaseUnusableException.class, db::verify);

            assertThat(found.problem()).isEqualTo(DatabaseProblem.CORRUPT);
            byte[] wal = Files.readAllBytes(dir.resolve("ascent.db-wal"));
            assertThatThrownBy(() -> plans.create(
                            new PlanDraft("After", "pm-default", "pm", "senior-pm", "growth", Optional.empty()),
                            Instant.now()))
                    .isInstanceOf(DatabaseUnusableException.class)
                    .hasMessageContaining("is damaged");
            assertThat(Files.readAllBytes(dir.resolve("ascent.db-wal"))).isEqualTo(wal);
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            SQLITE_READONLY,            READ_ONLY
            SQLITE_READONLY_DBMOVED,    READ_ONLY
            SQLITE_READONLY_CANTINIT,   READ_ONLY
            SQLITE_CANTOPEN,            UNREADABLE
            SQLITE_BUSY,                LOCKED
            SQLITE_BUSY_SNAPSHOT,       LOCKED
            SQLITE_CORRUPT,             CORRUPT
            SQLITE_CORRUPT_INDEX,       CORRUPT
            SQLITE_NOTADB,              CORRUPT
            SQLITE_FULL,                DISK_FULL
            SQLITE_IOERR_SHMSIZE,       DISK_FULL
            SQLITE_IOERR,               OTHER
            SQLITE_IOERR_FSYNC,         OTHER
            """)
    void sqliteErrorsAreToldApartByTheirResultCodes(SQLiteErrorCode code, DatabaseProblem expected) {
        // The message text is deliberately misleading: only the result code may decide.
        SQLiteException e = new SQLiteException("database disk image is malformed", code);

        assertThat(DatabaseProblems.of(dir.resolve("nowhere.db"), e)).isEqualTo(expected);
    }

    @Test
    void aMissingFileWithBackupsIsMissingAndNoEmptyDatabaseTakesItsPlace() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            Backups.beside(file, Clock.systemUTC()).create(db, "daily");
        }
        Files.delete(file);

        DatabaseUnusableException e = openFails(file);

        assertThat(e.problem()).isEqualTo(DatabaseProblem.MISSING);
        assertThat(e.getMessage()).contains("is missing or empty", "holds backups");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void anEmptyFileWithBackupsIsMissingAndStaysEmpty() throws Exception {
        Path file = dir.resolve("ascent.db");
        try (Database db = Database.open(file)) {
            Backups.beside(file, Clock.systemUTC()).create(db, "daily");
        }
        Files.write(file, new byte[0]);
        Files.deleteIfExists(dir.resolve("ascent.db-wal"));
        Files.deleteIfExists(dir.resolve("ascent.db-shm"));

        assertThat(openFails(file).problem()).isEqualTo(DatabaseProblem.MISSING);
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aMissingFileWithoutBackupsIsANewDatabase() {
        try (Database db = Database.open(dir.resolve("first-run.db"))) {
            assertThat(Files.exists(db.file())).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1
            2
            3
            99
            """)
    void anotherProgramsDatabaseWithASchemaVersionIsForeignAndUntouched(int userVersion) throws Exception {
        Path file = dir.resolve("contacts.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("CREATE TABLE contact (name TEXT)");
            st.execute("PRAGMA user_version = " + userVersion);
        }
        byte[] before = Files.readAllBytes(file);

        assertThat(openFails(file).problem()).isEqualTo(DatabaseProblem.FOREIGN);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("backups"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'CREATE TABLE plan (id INTEGER, title TEXT)',                                     2,  0,    DELETE
            'CREATE TABLE plan (id INTEGER, title TEXT)',                                     5,  0,    WAL
            'CREATE TABLE plan (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)',          1,  0,    WAL
            'CREATE TABLE plan (id INTEGER)',                                                 99, 0,    DELETE
            'CREATE TABLE plan (id INTEGER)',                                                 2,  1234, WAL
            'CREATE TABLE contact (name TEXT)',                                               0,  0,    WAL
            """)
    void anotherProgramsFileIsRefusedBeforeAnythingIsWritten(
            String table, int userVersion, int applicationId, String journal) throws Exception {
        Path file = dir.resolve("theirs.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = " + journal);
            st.execute(table);
            st.execute("PRAGMA user_version = " + userVersion);
            st.execute("PRAGMA application_id = " + applicationId);
        }
        byte[] before = Files.readAllBytes(file);

        DatabaseUnusableException e = openFails(file);

        assertThat(e.problem()).isEqualTo(DatabaseProblem.FOREIGN);
        assertThat(e.getMessage()).contains("is a database of another program").doesNotContain("newer");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
        // A reader of a WAL file makes an empty -wal (and a -shm) beside it, as every SQLite reader does.
        Path wal = dir.resolve("theirs.db-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0)
                .as("nothing written to the WAL")
                .isTrue();
    }

    @Test
    void anAscentSchemaWithAnotherProgramsTableAddedIsNotAscents() throws Exception {
        Path file = dir.resolve("mixed.db");
        try (var c = OldDatabases.atVersion(file, 3, false);
                var st = c.createStatement()) {
            st.execute("CREATE TABLE their_table (x TEXT)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThat(openFails(file).problem()).isEqualTo(DatabaseProblem.FOREIGN);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3", "4", "5"})
    void everyEarlierAscentSchemaWithoutTheIdIsStillAscents(int version) throws Exception {
        Path file = dir.resolve("early.db");
        OldDatabases.atVersion(file, version, false).close();

        try (Database db = Database.open(file)) {
            assertThat(Migrations.currentVersion(db.connection())).isEqualTo(Migrations.latestVersion());
            assertThat(Migrations.applicationId(db.connection())).isEqualTo(Migrations.APPLICATION_ID);
        }
    }

    @Test
    void aFileWithAnotherProgramsApplicationIdIsForeignEvenWithAPlanTable() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("CREATE TABLE plan (id INTEGER)");
            st.execute("PRAGMA user_version = 2");
            st.execute("PRAGMA application_id = 1234");
        }

        assertThat(openFails(file).problem()).isEqualTo(DatabaseProblem.FOREIGN);
    }

    @Test
    void ascentStampsItsApplicationIdOnNewFilesAndOnFilesOfEarlierVersions() throws Exception {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            assertThat(Migrations.applicationId(db.connection())).isEqualTo(Migrations.APPLICATION_ID);
        }
        // As a file made by an earlier Ascent: no application id, an older schema.
        Path file = dir.resolve("ascent.db");
        OldDatabases.atVersion(file, 3, false).close();

        try (Database db = Database.open(file)) {
            assertThat(Migrations.applicationId(db.connection())).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(Migrations.currentVersion(db.connection())).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void aCauselessOtherProblemEndsInAFullSentenceAndACauseIsNamed() {
        Path file = dir.resolve("ascent.db");

        assertThat(DatabaseProblems.message(file, DatabaseProblem.OTHER, null)).endsWith("could not be used.");
        assertThat(DatabaseProblems.message(file, DatabaseProblem.OTHER, new IOException("disk I/O error")))
                .endsWith("could not be used: disk I/O error");
    }

    @Test
    void aDatabaseOthersCouldReadIsMadePrivateOnOpen() throws Exception {
        assumeTrue(PrivateFiles.posix(), "POSIX file modes");
        Path file = dir.resolve("ascent.db");
        Database.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        Database.open(file).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void aNameTakenByAnyFileOfADamagedSetIsNotReused() throws Exception {
        Path file = Files.writeString(dir.resolve("ascent.db"), "damaged");
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T21:05:00Z"), ZoneOffset.UTC);
        Path earlierJournal = Files.writeString(dir.resolve("ascent.db.damaged-20261128-2105-journal"), "earlier");
        Files.writeString(dir.resolve("ascent.db-journal"), "journal");

        Path aside = DamagedFiles.moveAside(file, clock);

        assertThat(aside.getFileName().toString()).isEqualTo("ascent.db.damaged-20261128-2105-2");
        assertThat(Files.readString(earlierJournal)).isEqualTo("earlier");
        assertThat(Files.readString(dir.resolve("ascent.db.damaged-20261128-2105-2-journal")))
                .isEqualTo("journal");
    }
}
