package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.bench.FrameworkGenerator;
import io.ascent.domain.Framework;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteFrameworkRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A framework row in a database the user opens can hold anything (another program, a tampered
 * or damaged file): it is held to the same rules as an import and refused with a message, while
 * the database's good frameworks still load.
 */
class StoredFrameworkChecksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FrameworkReader reader = new FrameworkReader();
    private final Framework ladder = FrameworkGenerator.generate(new FrameworkGenerator.Shape("acme", 3, 4, 2, 1, 3));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a path as the framework's id       | "id" : "acme"                                   | "id" : "../../evil"                 | at $.id: "../../evil" is not a usable id
            a control character in an id       | "id" : "competency-1"                           | "id" : "competency\\u0007-1"        | at $.competencies[0].id: the text contains a character that cannot be stored (U+0007).
            a 5,000-character milestone title  | "title" : "Delivered outcome 1 of competency 1 and presented the result" | "title" : "%5000s" | at $.milestones[0].title: the text is too long (5000 characters; at most 200)
            """)
    void aTamperedFrameworkRowIsRefusedWithTheImportsMessage(String what, String field, String tampered, String problem)
            throws Exception {
        String json = reader.write(ladder);
        String value = tampered.strip().equals("\"title\" : \"%5000s\"")
                ? "\"title\" : \"" + "T".repeat(5000) + "\""
                : tampered.strip();
        String row = json.replaceFirst(field.strip(), Matcher.quoteReplacement(value));
        assertThat(row).isNotEqualTo(json);

        try (Database database = Database.open(dir.resolve("ascent.db"))) {
            insert(database, "acme-row", "Acme ladder", row);
            insert(database, "good", "Good ladder", reader.write(goodLadder()));

            FrameworkService frameworks = new FrameworkService(
                    reader, new SqliteFrameworkRepository(database), new SqlitePlanRepository(database), CLOCK);

            assertThat(frameworks.frameworks())
                    .extracting(Framework::id)
                    .contains("good")
                    .doesNotContain("acme", "../../evil");
            assertThat(frameworks.problems())
                    .singleElement()
                    .asString()
                    .startsWith("Acme ladder (imported): " + problem.strip());
        }
    }

    @Test
    void anUntouchedRowLoads() throws Exception {
        try (Database database = Database.open(dir.resolve("ascent.db"))) {
            insert(database, "acme", "Acme ladder", reader.write(ladder));

            FrameworkService frameworks = new FrameworkService(
                    reader, new SqliteFrameworkRepository(database), new SqlitePlanRepository(database), CLOCK);

            assertThat(frameworks.framework("acme")).contains(ladder);
            assertThat(frameworks.problems()).isEmpty();
        }
    }

    private static Framework goodLadder() {
        return FrameworkGenerator.generate(new FrameworkGenerator.Shape("good", 3, 2, 1, 1, 2));
    }

    /** A row as another program (or a damaged copy) could have written it: straight into the table. */
    private static void insert(Database database, String id, String name, String json) throws Exception {
        database.withConnection(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO framework (id, version, name, json, imported_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, "1");
                insert.setString(3, name);
                insert.setString(4, json);
                insert.setString(5, "2026-02-01T09:00:00Z");
                return insert.executeUpdate();
            }
        });
    }
}
