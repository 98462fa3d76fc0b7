package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameworkCsvReaderTest {

    private final FrameworkCsvReader csv = new FrameworkCsvReader();

    static byte[] resource(String name) {
        try (InputStream in = FrameworkCsvReaderTest.class.getResourceAsStream("/frameworks/csv/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void csvMatrixWithMilestonesEqualsItsJsonTwin() {
        Framework fromCsv = csv.parse(
                resource("acme-pm-ladder.csv"),
                "acme-pm-ladder.csv",
                Optional.of(resource("acme-pm-milestones.csv")),
                "acme-pm-milestones.csv");

        Framework fromJson = new FrameworkReader().parse(resource("acme-pm-ladder.json"), "acme-pm-ladder.json");

        assertThat(fromCsv).isEqualTo(fromJson);
        assertThat(fromCsv.levels()).extracting(Level::rank).containsExactly(1, 2, 3, 4);
        assertThat(fromCsv.milestones()).hasSize(12);
    }

    @Test
    void semicolonSeparatedExportIsReadLikeCommas() {
        String text = "area;competency;Junior;Senior\nCraft;Strategy;\"Knows it; explains it\";Sets it\n";

        Framework f = csv.parse(text.getBytes(StandardCharsets.UTF_8), "team.csv", Optional.empty(), "");

        assertThat(f.competency("strategy").orElseThrow().expectationAt("junior"))
                .isEqualTo("Knows it; explains it");
        assertThat(f.id()).isEqualTo("team");
        assertThat(f.specializations()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Senior PM,                  senior-pm
            'Director of Product',      director-of-product
            'Café Lead (L7)',           cafe-lead-l7
            group_pm,                   group-pm
            """)
    void levelIdsAreSlugsOfTheColumnTitles(String title, String id) {
        assertThat(Slugs.of(title)).isEqualTo(id);
    }

    @Test
    void milestonesWithTheSameTitleAtOneLevelGetNumberedIds() {
        String matrix = "area,competency,A,B\nX,Craft,a,b\n";
        String milestones = "competency,level,title\nCraft,B,Ship it\nCraft,B,Ship it\n";

        Framework f = csv.parse(
                matrix.getBytes(StandardCharsets.UTF_8),
                "m.csv",
                Optional.of(milestones.getBytes(StandardCharsets.UTF_8)),
                "ms.csv");

        assertThat(f.milestones()).extracting(m -> m.id()).containsExactly("craft.b.ship-it", "craft.b.ship-it-2");
    }

    @Test
    void aMatrixWithoutRowsIsRefused() {
        assertThatThrownBy(() -> csv.parse(
                        "area,competency,A,B\n".getBytes(StandardCharsets.UTF_8), "m.csv", Optional.empty(), ""))
                .hasMessage("m.csv: the matrix has a header but no competency rows.");
    }
}
