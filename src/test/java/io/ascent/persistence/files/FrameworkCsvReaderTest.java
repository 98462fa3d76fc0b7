package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.Specialization;
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
        Framework f = csv.parse(
                ("area,competency,Junior,\"" + title + "\"\nCraft,Strategy,a,b\n").getBytes(StandardCharsets.UTF_8),
                "team.csv",
                Optional.empty(),
                "");

        assertThat(f.levels().get(1).id()).isEqualTo(id);
    }

    @Test
    void aLadderInChineseRussianArabicAndHebrewGetsReadableIds() {
        Framework f = anyScript(StoredFrameworks.none());

        assertThat(f.levels())
                .extracting(Level::id)
                .containsExactly("menedzer-produkta", "gao-ji-chan-pin-jing-li", "mdyr-almntj");
        assertThat(f.competencies())
                .extracting(Competency::id)
                .containsExactly("strategia-produkta", "yong-hu-yan-jiu", "thlyl-albyanat", "nyhwl-mwzr");
        assertThat(f.competency("thlyl-albyanat").orElseThrow().title()).isEqualTo("تحليل البيانات");
        assertThat(f.specializations()).extracting(Specialization::id).containsExactly("alnmw");
        assertThat(f.milestones())
                .extracting(Milestone::id)
                .contains(
                        "yong-hu-yan-jiu.gao-ji-chan-pin-jing-li.wan-cheng-shi-ci-yong-hu-fang-tan",
                        "yong-hu-yan-jiu.gao-ji-chan-pin-jing-li.wan-cheng-shi-ci-yong-hu-fang-tan-2",
                        "thlyl-albyanat.mdyr-almntj.hdd-mqyas-alnjm-alshmaly");
        assertThat(f.milestones()).allMatch(m -> m.id().matches("[a-z0-9][a-z0-9.-]*"));
    }

    @Test
    void namesWithTheSameSpellingInLatinGetNumberedIdsInFileOrder() {
        // 公式 (formula) and 公示 (public notice) are both "gong shi" without tones.
        String matrix = "area,competency,初级,高级\nX,公式,a,b\nX,公示,c,d\nX,Gong shi,e,f\n";

        Framework f = csv.parse(matrix.getBytes(StandardCharsets.UTF_8), "m.csv", Optional.empty(), "");

        assertThat(f.competencies()).extracting(Competency::id).containsExactly("gong-shi", "gong-shi-2", "gong-shi-3");
    }

    @Test
    void aReimportKeepsTheIdsTheStoredFrameworkGaveToTheSameNames() {
        // As if ICU4J had spelt the names otherwise when the ladder was first imported.
        Framework stored = renamedIds(anyScript(StoredFrameworks.none()));

        Framework again = anyScript(storing(stored));

        assertThat(again).isEqualTo(stored);
        assertThat(again.competency("user-research")).isPresent();
    }

    @Test
    void aRenamedRowGetsANewIdAndEveryOtherRowKeepsItsOwn() {
        Framework stored = renamedIds(anyScript(StoredFrameworks.none()));
        Framework again = csv.parse(
                renamed("any-script-ladder.csv"),
                "any-script-ladder.csv",
                Optional.of(renamed("any-script-milestones.csv")),
                "any-script-milestones.csv",
                storing(stored));

        assertThat(again.competencies())
                .extracting(Competency::id)
                .containsExactly("produktovaa-strategia", "user-research", "thlyl-albyanat", "nyhwl-mwzr");
        assertThat(again.levels()).isEqualTo(stored.levels());
        assertThat(again.milestones())
                .filteredOn(m -> !m.competencyId().equals("produktovaa-strategia"))
                .isEqualTo(stored.milestones().stream()
                        .filter(m -> !m.competencyId().equals("strategia-produkta"))
                        .toList());
    }

    @Test
    void aNewRowNeverTakesTheIdThatALaterRowKeeps() {
        Framework stored = csv.parse(
                "area,competency,id,A,B\nX,Beta,alpha,a,b\n".getBytes(StandardCharsets.UTF_8),
                "m.csv",
                Optional.empty(),
                "");

        Framework again = csv.parse(
                "area,competency,A,B\nX,Alpha,a,b\nX,Beta,a,b\n".getBytes(StandardCharsets.UTF_8),
                "m.csv",
                Optional.empty(),
                "",
                storing(stored));

        assertThat(again.competencies()).extracting(Competency::id).containsExactly("alpha-2", "alpha");
    }

    @Test
    void anIdColumnWinsOverTheIdKeptForTheName() {
        Framework stored = csv.parse(
                "area,competency,A,B\nX,Beta,a,b\n".getBytes(StandardCharsets.UTF_8), "m.csv", Optional.empty(), "");

        Framework again = csv.parse(
                "area,competency,id,A,B\nX,Beta,chosen,a,b\n".getBytes(StandardCharsets.UTF_8),
                "m.csv",
                Optional.empty(),
                "",
                storing(stored));

        assertThat(again.competencies()).extracting(Competency::id).containsExactly("chosen");
    }

    @Test
    void aFrameworkNamedInAnotherScriptIsFoundByItsNameWhenItsIdWouldDiffer() {
        byte[] matrix = "area,competency,初级,高级\nX,市场,a,b\n".getBytes(StandardCharsets.UTF_8);
        Framework first = csv.parse(matrix, "产品阶梯.csv", Optional.empty(), "");
        Framework stored = new FrameworkReader()
                .parse(
                        new FrameworkReader()
                                .write(first)
                                .replace("\"" + first.id() + "\"", "\"older-spelling\"")
                                .getBytes(StandardCharsets.UTF_8),
                        "stored");

        Framework again = csv.parse(matrix, "产品阶梯.csv", Optional.empty(), "", new StoredFrameworks() {
            @Override
            public Optional<Framework> withId(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<Framework> named(String name) {
                return Optional.of(stored).filter(f -> f.name().equals(name));
            }
        });

        assertThat(first.id()).isEqualTo("chan-pin-jie-ti");
        assertThat(first.name()).isEqualTo("产品阶梯");
        assertThat(again.id()).isEqualTo("older-spelling");
    }

    private static byte[] renamed(String file) {
        return new String(resource(file), StandardCharsets.UTF_8)
                .replace("Стратегия продукта", "Продуктовая стратегия")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Framework anyScript(StoredFrameworks stored) {
        return csv.parse(
                resource("any-script-ladder.csv"),
                "any-script-ladder.csv",
                Optional.of(resource("any-script-milestones.csv")),
                "any-script-milestones.csv",
                stored);
    }

    /** {@code f} with other ids for one level and one competency, through its JSON. */
    private static Framework renamedIds(Framework f) {
        String json = new FrameworkReader()
                .write(f)
                .replace("yong-hu-yan-jiu", "user-research")
                .replace("gao-ji-chan-pin-jing-li", "senior");
        return new FrameworkReader().parse(json.getBytes(StandardCharsets.UTF_8), "stored.json");
    }

    private static StoredFrameworks storing(Framework stored) {
        return new StoredFrameworks() {
            @Override
            public Optional<Framework> withId(String id) {
                return Optional.of(stored).filter(f -> f.id().equals(id));
            }

            @Override
            public Optional<Framework> named(String name) {
                return Optional.empty();
            }
        };
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
