package io.ascent.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascent.LadderTexts;
import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.PlanLevels;
import io.ascent.domain.Specialization;
import io.ascent.domain.Track;
import io.ascent.domain.Translations;
import io.ascent.domain.Translations.Key;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The content checks of issue 19 over the shipped ladder (the second edition, built by
 * content/ladder-v2/build.py): it passes the published schema, every cell of every track from PM up
 * can be met by its milestones, no two milestones read alike, every competency has resources, and
 * every text is translated into zh-CN and es. The figures are CHANGES.md's, written out by hand.
 */
class DefaultFrameworkContentTest {

    /** Titles this alike (1 = equal, after lower-casing and dropping punctuation) are the same milestone twice. */
    private static final double NEAR_IDENTICAL = 0.85;

    private final Framework framework = new FrameworkReader().readDefault();

    @Test
    void defaultLadderPassesTheSchemaFileAsPublished() throws Exception {
        var tree = new ObjectMapper().readTree(Files.readAllBytes(Path.of("assets/frameworks/pm-default.json")));

        new FrameworkSchema().check(tree, "pm-default.json");
    }

    @Test
    void theShippedFileIsTheSecondEditionWithItsFigures() {
        assertThat(framework.version()).isEqualTo("2.0.0");
        assertThat(framework.tracks()).extracting(Track::id).containsExactly("ic", "management");
        assertThat(framework.levels())
                .extracting(Level::id)
                .containsExactly("apm", "pm", "senior-pm", "principal-pm", "group-pm", "director");
        assertThat(framework.competencies())
                .hasSize(30)
                .filteredOn(Competency::isCore)
                .hasSize(17);
        assertThat(framework.milestones()).hasSize(450);
        assertThat(framework.resources()).hasSize(54);
        assertThat(framework.translations().languages()).containsExactly("es", "zh-CN");
    }

    /** build.py merges the overlays into the English file and changes nothing else in it. */
    @Test
    void theShippedLadderIsTheEnglishFileOfContentLadderV2WithItsTranslations() throws Exception {
        Framework english = new FrameworkReader()
                .parse(Files.readAllBytes(Path.of("content/ladder-v2/pm-default.en.json")), "pm-default.en.json");

        assertThat(english.translations().isEmpty()).isTrue();
        assertThat(new Framework(
                        framework.id(),
                        framework.version(),
                        framework.language(),
                        framework.name(),
                        framework.description(),
                        framework.requiredPerCell(),
                        framework.tracks(),
                        framework.levels(),
                        framework.specializations(),
                        framework.competencies(),
                        framework.milestones(),
                        framework.resources(),
                        Translations.NONE))
                .isEqualTo(english);
    }

    @Test
    void everyCellOfEveryTrackFromPmUpCanBeMetByItsMilestones() {
        int rankOfPm = framework.level("pm").orElseThrow().rank();
        Set<String> cells = new LinkedHashSet<>();
        for (Track track : framework.tracks()) {
            List<Level> path = PlanLevels.of(framework, pathEnd(track)).levels();
            for (Competency c : framework.competencies()) {
                for (Level level : path) {
                    if (level.rank() < rankOfPm) {
                        continue;
                    }
                    long milestones = milestonesOf(c, level).size();
                    int required = c.requiredAt(level.id())
                            .orElse(framework.requiredPerCell().orElse((int) milestones));
                    assertThat(milestones)
                            .as("%s at %s on the %s track needs %d", c.id(), level.id(), track.id(), required)
                            .isGreaterThanOrEqualTo(Math.max(1, required));
                    cells.add(c.id() + "@" + level.id());
                }
            }
        }
        // CHANGES.md: 150 cells with milestones, each "2 of 3" (30 competencies at 5 levels above APM).
        assertThat(cells).hasSize(150);
        assertThat(framework.requiredPerCell()).hasValue(2);
    }

    @Test
    void aPlanOnEitherTrackClimbsOnlyItsOwnLevels() {
        assertThat(PlanLevels.of(framework, "principal-pm").levels())
                .extracting(Level::id)
                .containsExactly("apm", "pm", "senior-pm", "principal-pm");
        assertThat(PlanLevels.of(framework, "director").levels())
                .extracting(Level::id)
                .containsExactly("apm", "pm", "senior-pm", "group-pm", "director");
    }

    @Test
    void noTwoMilestonesHaveNearIdenticalTitlesInEnglish() {
        assertThat(nearIdentical(Milestone::title, framework)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "es"})
    void noTwoMilestonesHaveNearIdenticalTitlesInATranslation(String language) {
        Framework shown = framework.in(Locale.forLanguageTag(language));

        assertThat(nearIdentical(Milestone::title, shown)).isEmpty();
    }

    @Test
    void theTitleCheckCatchesTwoMilestonesThatDifferOnlyInAWordEnding() {
        Milestone first = framework.milestones().get(0);
        Milestone repeat =
                new Milestone("product-strategy.pm.9", first.competencyId(), first.levelId(), first.title() + "s", "");
        Framework twice = new Framework(
                "x",
                "1",
                "en",
                "X",
                "",
                framework.requiredPerCell(),
                framework.tracks(),
                framework.levels(),
                framework.specializations(),
                framework.competencies(),
                List.of(first, repeat, framework.milestones().get(40)),
                List.of(),
                Translations.NONE);

        assertThat(nearIdentical(Milestone::title, twice))
                .singleElement()
                .asString()
                .startsWith(first.id());
    }

    @Test
    void everyCompetencyHasAtLeastTwoResources() {
        for (Competency c : framework.competencies()) {
            assertThat(framework.resources())
                    .as("resources of %s", c.id())
                    .filteredOn(r -> r.competencyIds().contains(c.id()))
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "es"})
    void everyTextFieldIsTranslated(String language) {
        Map<Key, String> texts = LadderTexts.of(framework);

        List<Key> missing = new ArrayList<>();
        texts.keySet().forEach(key -> {
            if (framework
                    .translations()
                    .text(language, key)
                    .filter(t -> !t.isBlank())
                    .isEmpty()) {
                missing.add(key);
            }
        });

        assertThat(missing).isEmpty();
        // CHANGES.md: "each covering all 1424 text fields".
        assertThat(texts).hasSize(1424);
    }

    @Test
    void everyLevelFromPmUpHasThreeMilestonesPerCompetencyAndEveryCompetencyAnExpectationPerLevel() {
        for (Competency c : framework.competencies()) {
            assertThat(c.expectations().keySet())
                    .as(c.id())
                    .containsExactlyInAnyOrderElementsOf(
                            framework.levels().stream().map(Level::id).toList());
            for (Level level : framework.levels().subList(1, framework.levels().size())) {
                assertThat(milestonesOf(c, level))
                        .as("%s at %s", c.id(), level.id())
                        .hasSize(3);
            }
        }
        assertThat(framework.resources())
                .allSatisfy(r -> assertThat(r.competencyIds()).isNotEmpty());
    }

    @Test
    void everySpecializationHasAtLeastThreeCompetenciesOfItsOwn() {
        assertThat(framework.specializations()).hasSize(3);
        for (Specialization s : framework.specializations()) {
            assertThat(framework.competencies())
                    .as(s.id())
                    .filteredOn(c -> c.specializationId().equals(Optional.of(s.id())))
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    /** The highest level of a track: a plan aiming there climbs the whole path. */
    private String pathEnd(Track track) {
        return framework.levels().stream()
                .filter(l -> l.trackId().equals(Optional.of(track.id())))
                .reduce((a, b) -> b.rank() > a.rank() ? b : a)
                .orElseThrow()
                .id();
    }

    private List<Milestone> milestonesOf(Competency c, Level level) {
        return framework.milestones().stream()
                .filter(m -> m.competencyId().equals(c.id()) && m.levelId().equals(level.id()))
                .toList();
    }

    /** Pairs of milestones whose titles are at least {@link #NEAR_IDENTICAL} alike. */
    private static List<String> nearIdentical(Function<Milestone, String> title, Framework f) {
        List<Milestone> all = f.milestones();
        List<String> normalised =
                all.stream().map(m -> normalise(title.apply(m))).toList();
        List<String> pairs = new ArrayList<>();
        for (int a = 0; a < all.size(); a++) {
            for (int b = a + 1; b < all.size(); b++) {
                String x = normalised.get(a);
                String y = normalised.get(b);
                int longer = Math.max(x.length(), y.length());
                if (Math.min(x.length(), y.length()) < NEAR_IDENTICAL * longer) {
                    continue;
                }
                double alike = 1.0 - (double) distance(x, y) / longer;
                if (alike >= NEAR_IDENTICAL) {
                    pairs.add(all.get(a).id() + " ~ " + all.get(b).id() + ": " + title.apply(all.get(a)));
                }
            }
        }
        return pairs;
    }

    private static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\p{IsPunctuation}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Edit distance between two texts, by code unit: enough to tell two titles apart. */
    private static int distance(String x, String y) {
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitute = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
