package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameworkReaderTest {

    private final FrameworkReader reader = new FrameworkReader();

    @Test
    void defaultLadderHasTheSixLevelsOnTwoTracksAndThreeSpecializations() {
        Framework f = reader.readDefault();

        assertThat(f.levels())
                .extracting(Level::title)
                .containsExactly(
                        "Associate PM",
                        "Product Manager",
                        "Senior PM",
                        "Principal PM",
                        "Group PM",
                        "Director of Product");
        assertThat(f.levels())
                .extracting(l -> l.trackId().orElse("shared"))
                .containsExactly("shared", "shared", "shared", "ic", "management", "management");
        assertThat(f.specializations())
                .extracting(s -> s.title())
                .containsExactly("Growth", "User Experience", "Monetization");
    }

    @Test
    void defaultLadderHasMilestonesForEveryCompetencyAtEveryLevelAbovePmEntry() {
        Framework f = reader.readDefault();

        for (Competency c : f.competencies()) {
            for (Level level : f.levels().subList(1, f.levels().size())) {
                assertThat(f.milestones())
                        .as("%s at %s", c.id(), level.id())
                        .filteredOn(m ->
                                m.competencyId().equals(c.id()) && m.levelId().equals(level.id()))
                        .extracting(Milestone::id)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void writtenFrameworkReadsBackEqual() {
        Framework f = reader.readDefault();

        Framework again = reader.parse(reader.write(f).getBytes(StandardCharsets.UTF_8), "copy.json");

        assertThat(again).isEqualTo(f);
    }

    @Test
    void aStoredFrameworkIsCheckedLikeAnImportedOne() {
        String json = reader.write(reader.readDefault());
        String overlong = json.replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : \"" + "N".repeat(300) + "\"");
        String duplicateLevel = json.replace("\"id\" : \"director\"", "\"id\" : \"apm\"");

        assertThatThrownBy(() -> reader.parseTrusted(overlong.getBytes(StandardCharsets.UTF_8), "stored"))
                .isInstanceOf(FrameworkFormatException.class)
                .hasMessage("stored: at $.name: the text is too long (300 characters; at most 200)");
        assertThatThrownBy(() -> reader.parseTrusted(duplicateLevel.getBytes(StandardCharsets.UTF_8), "stored"))
                .isInstanceOf(FrameworkFormatException.class)
                .hasMessageContaining("apm");
    }

    @Test
    void anImportedIdEndingInALineBreakIsNotAnId() {
        String json =
                reader.write(reader.readDefault()).replaceFirst("\"id\" : \"pm-default\"", "\"id\" : \"evil\\\\n\"");

        assertThatThrownBy(() -> reader.parse(json.getBytes(StandardCharsets.UTF_8), "acme.json"))
                .isInstanceOf(FrameworkFormatException.class)
                .hasMessageStartingWith("acme.json: at $.id: \"evil\n\" is not a usable id");
    }

    @Test
    void syntaxErrorNamesTheLine() {
        assertThatThrownBy(() -> reader.parse("{\n  \"id\": \"x\",\n  \"levels\": [\n}".getBytes(), "bad.json"))
                .isInstanceOf(FrameworkFormatException.class)
                .hasMessageStartingWith("bad.json: not valid JSON (line 4");
    }

    @Test
    void unknownFieldNamesTheJsonPath() {
        String json = "{\"id\": \"x\", \"name\": \"X\", \"levels\": [{\"id\": \"a\", \"title\": \"A\", \"rank\": 1,"
                + " \"colour\": \"red\"}]}";

        assertThatThrownBy(() -> reader.parse(json.getBytes(), "x.json"))
                .hasMessageContaining("at $.levels[0].colour")
                .hasMessageContaining("unknown field \"colour\"");
    }

    @Test
    void emptyFileIsExplained() {
        assertThatThrownBy(() -> reader.parse(new byte[0], "empty.json")).hasMessage("empty.json: the file is empty.");
    }

    @Test
    void nonUtf8FileIsExplained() {
        byte[] latin1 = "{\"name\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.parse(latin1, "latin.json")).hasMessageContaining("is not UTF-8");
    }

    @Test
    void newerFormatVersionIsRefused() {
        assertThatThrownBy(() -> reader.parse("{\"formatVersion\": 9}".getBytes(), "future.json"))
                .hasMessageContaining("newer Ascent");
    }
}
