package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void newFileGetsTheLatestSchemaWithForeignKeysAndWal() throws Exception {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            try (var st = db.connection().createStatement()) {
                assertThat(Migrations.currentVersion(db.connection())).isEqualTo(Migrations.latestVersion());
                var fk = st.executeQuery("PRAGMA foreign_keys");
                assertThat(fk.getInt(1)).isEqualTo(1);
                var journal = st.executeQuery("PRAGMA journal_mode");
                assertThat(journal.getString(1)).isEqualTo("wal");
            }
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsExplainedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] content =
                "These are my meeting notes, not a database.\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("is not an Ascent database")
                .hasMessageContaining("Nothing was changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("contacts.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("CREATE TABLE contact (name TEXT)");
            st.execute("INSERT INTO contact VALUES ('Ada')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("a database of another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("contacts.db-wal"))).isFalse();
    }

    @Test
    void aDatabaseFromANewerAscentIsRefused() throws Exception {
        Path file = dir.resolve("future.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
            st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
        }

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("newer version of Ascent");
    }

    @Test
    void aFolderInPlaceOfTheFileIsExplained() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plans.db"));

        assertThatThrownBy(() -> Database.open(folder)).hasMessageContaining("is a folder");
    }

    @Test
    void everyMigrationFileIsListedInOrder() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .sorted((x, y) -> Integer.compare(version(x), version(y)))
                    .toList();
            assertThat(Migrations.FILES).isEqualTo(names);
        }
    }

    @Test
    void splitsScriptsIntoStatementsSkippingComments() {
        assertThat(Migrations.statements("-- a comment\nCREATE TABLE a (x);\n\nCREATE TABLE b (\n y\n);\n"))
                .containsExactly("CREATE TABLE a (x);", "CREATE TABLE b (\n y\n);");
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
