package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.CheckIn;
import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.InputRules;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanName;
import io.ascent.domain.Rating;
import io.ascent.domain.Readiness;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.files.PlanFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.groups.Tuple;

/** Any plan written to a plan file, imported into an empty database and written again, reads the same. */
class PlanFileRoundTripPropertyTest {

    private static final Framework FRAMEWORK = new FrameworkReader().readDefault();

    @Property(tries = 40)
    void exportImportExportIsIdentical(@ForAll("plans") PlanArchive plan) throws IOException {
        Path dir = Files.createTempDirectory("ascent-roundtrip");
        try (PlanFixture first = PlanFixture.open(dir.resolve("first.db"));
                PlanFixture second = PlanFixture.open(dir.resolve("second.db"))) {
            Path seed = Files.writeString(dir.resolve("seed.json"), new PlanFiles().write(plan, true));
            long firstId = first.exports.importPlan(seed, Optional.empty()).id();
            String exported =
                    new String(first.exports.render(firstId, ExportFormat.JSON, true), StandardCharsets.UTF_8);

            long secondId = second.exports
                    .importPlan(Files.writeString(dir.resolve("plan.json"), exported), Optional.empty())
                    .id();
            String again = new String(second.exports.render(secondId, ExportFormat.JSON, true), StandardCharsets.UTF_8);

            assertThat(again).isEqualTo(exported);
            assertThat(second.exports.archive(secondId).progress()).isEqualTo(plan.progress());
            assertThat(second.exports.archive(secondId).ratings()).isEqualTo(plan.ratings());
            assertThat(second.exports.archive(secondId).checkIns())
                    .extracting(
                            CheckIn::takenAt,
                            CheckIn::ratings,
                            CheckIn::readiness,
                            CheckIn::doneMilestoneIds,
                            CheckIn::note)
                    .isEqualTo(plan.checkIns().stream()
                            .map(c -> Tuple.tuple(
                                    c.takenAt(), c.ratings(), c.readiness(), c.doneMilestoneIds(), c.note()))
                            .toList());
            assertThat(second.exports.archive(secondId).plan().name())
                    .isEqualTo(plan.plan().name());
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<PlanArchive> plans() {
        List<Level> levels = FRAMEWORK.levels();
        // Any target ranked above the current level (Principal PM and Group PM share rank 4).
        List<int[]> routes = new ArrayList<>();
        for (int from = 0; from < levels.size(); from++) {
            for (int to = 0; to < levels.size(); to++) {
                if (levels.get(to).rank() > levels.get(from).rank()) {
                    routes.add(new int[] {from, to});
                }
            }
        }
        Arbitrary<int[]> route = Arbitraries.of(routes);
        Arbitrary<String> spec = Arbitraries.of(FRAMEWORK.specializations()).map(s -> s.id());
        Arbitrary<Optional<LocalDate>> targetDate = dates().optional(0.7);
        Arbitrary<Instant> instant = Arbitraries.longs()
                .between(1_600_000_000_000L, 1_900_000_000_000L)
                .map(Instant::ofEpochMilli);
        Arbitrary<List<MilestoneProgress>> progress =
                progress().list().ofMaxSize(40).uniqueElements(MilestoneProgress::milestoneId);
        Arbitrary<Plan> plan = Combinators.combine(names(), route, spec, targetDate, instant, instant)
                .as((name, r, s, date, created, updated) -> new Plan(
                        0,
                        name,
                        FRAMEWORK.id(),
                        levels.get(r[0]).id(),
                        levels.get(r[1]).id(),
                        s,
                        date,
                        created,
                        updated));
        return plan.flatMap(p -> Combinators.combine(
                        progress,
                        ratings(p.specializationId()),
                        checkIns().list().ofMaxSize(3))
                .as((items, rated, checkIns) -> new PlanArchive(p, items, rated, checkIns)));
    }

    private static Arbitrary<List<Rating>> ratings(String specialization) {
        Arbitrary<String> competency =
                Arbitraries.of(FRAMEWORK.competenciesFor(specialization)).map(Competency::id);
        Arbitrary<String> level = Arbitraries.of(FRAMEWORK.levels()).map(Level::id);
        return Combinators.combine(competency, level, text().map(t -> t.length() > 300 ? t.substring(0, 300) : t))
                .as(Rating::new)
                .list()
                .ofMaxSize(8)
                .uniqueElements(Rating::competencyId);
    }

    private static Arbitrary<CheckIn> checkIns() {
        Arbitrary<Instant> taken = Arbitraries.longs()
                .between(1_600_000_000_000L, 1_900_000_000_000L)
                .map(Instant::ofEpochMilli);
        Arbitrary<Map<String, String>> levels = Arbitraries.maps(
                        Arbitraries.of(FRAMEWORK.competencies()).map(Competency::id),
                        Arbitraries.of(FRAMEWORK.levels()).map(Level::id))
                .ofMaxSize(5);
        Arbitrary<Set<String>> done =
                Arbitraries.of(FRAMEWORK.milestones()).map(Milestone::id).set().ofMaxSize(6);
        Arbitrary<int[]> readiness = Arbitraries.integers()
                .between(0, 60)
                .flatMap(required -> Arbitraries.integers().between(0, required).map(d -> new int[] {d, required}));
        return Combinators.combine(taken, levels, done, readiness, text())
                .as((at, r, d, counts, note) -> new CheckIn(
                        0,
                        0,
                        at,
                        r,
                        new Readiness(counts[0], counts[1]),
                        d,
                        note.length() > 500 ? note.substring(0, 500) : note));
    }

    private static Arbitrary<String> names() {
        Arbitrary<String> base = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('\u0391', '\u03c9')
                .withCharRange('\u0410', '\u044f')
                .withChars(" -'\"&<>/\\\u00e9\u4e2d")
                .ofMinLength(1)
                .ofMaxLength(60);
        return Combinators.combine(base, Arbitraries.of("", " \uD83D\uDE80", "\u00a0x"))
                .as((a, b) -> (a + b).strip())
                .filter(name -> PlanName.problem(name).isEmpty());
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(18_000, 24_000).map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings()
                        .all()
                        .ofMaxLength(200)
                        // Text Ascent refuses (control characters, lone surrogates) is HostileTextPropertyTest's.
                        .filter(s -> InputRules.badCharacterAt(s) < 0),
                Arbitraries.of(
                        "Line one\nline two\r\n\ttabbed",
                        "Emoji \uD83D\uDE80 and \u4e2d\u6587",
                        "\"quoted\" \\ slash"));
    }

    private static Arbitrary<MilestoneProgress> progress() {
        Arbitrary<String> id = Arbitraries.of(FRAMEWORK.milestones()).map(Milestone::id);
        Arbitrary<MilestoneStatus> status = Arbitraries.of(MilestoneStatus.class);
        Arbitrary<List<String>> links = Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(30)
                .map(path -> "https://example.org/" + path)
                .list()
                .ofMaxSize(3);
        return Combinators.combine(id, status, dates(), dates().optional(0.5), text(), text(), links)
                .as((milestone, st, done, due, evidence, notes, urls) -> new MilestoneProgress(
                        milestone,
                        st,
                        st == MilestoneStatus.DONE ? Optional.of(done) : Optional.empty(),
                        due,
                        evidence,
                        notes,
                        urls));
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
