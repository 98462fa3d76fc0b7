package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ascent.domain.CheckIn;
import io.ascent.domain.InputRules;
import io.ascent.domain.MilestoneLinks;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanName;
import io.ascent.domain.Rating;
import io.ascent.persistence.files.PlanFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a person types or pastes into a field (emoji, combining marks, right-to-left text,
 * lone surrogates, NUL, 20,000 characters, only spaces) and whatever date they pick goes through
 * the real services on SQLite and through the plan file's export and import, and comes back
 * exactly as the field's rule says (as typed; names, justifications and check-in notes without
 * surrounding spaces), or is refused with a message: a domain rule's IllegalArgumentException
 * or the service's ValidationException. Nothing else is thrown, nothing is changed silently,
 * and text the rules allow is never refused.
 */
class HostileTextPropertyTest {

    private static Path dir;
    private static HostileFixture app;
    private static HostileFixture other;
    private static long planId;
    private static String milestoneId;
    private static int copies;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("ascent-hostile-text");
        app = HostileFixture.open(dir.resolve("ascent.db"));
        other = HostileFixture.open(dir.resolve("other.db"));
        planId = app.plans
                .create(new PlanDraft("Typed by anyone", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
        milestoneId = app.plans.open(planId).items().get(0).id();
        app.checkIns.checkIn(app.plans.open(planId), app.assessments.ratings(planId), "The first one");
    }

    @AfterContainer
    static void close() throws IOException {
        app.close();
        other.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 80)
    void planNameIsStoredStrippedAndSurvivesTheFileOrIsRefused(@ForAll("typed") String name) {
        Throwable refused = catchThrowable(() -> {
            long id = app.plans
                    .create(new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            try {
                assertThat(app.plans.open(id).plan().name()).isEqualTo(name.strip());
                PlanArchive imported = viaFile(id, other, Optional.empty());
                assertThat(imported.plan().name()).isEqualTo(name.strip());
                other.plans.plans().stream()
                        .filter(p -> p.name().equals(name.strip()))
                        .forEach(p -> other.plans.delete(p.id()));
            } finally {
                app.plans.delete(id);
            }
        });
        expectRefusedOnlyIfTheRuleSaysSo(
                refused, PlanName.problem(name).isEmpty() && !name.strip().equals("Typed by anyone"));
    }

    @Property(tries = 60)
    void renamingAPlanStoresTheNameStrippedOrRefusesItWithTheNameRule(@ForAll("typed") String name) {
        String before = app.plans.open(planId).plan().name();
        Throwable refused = catchThrowable(() -> {
            assertThat(app.plans.rename(planId, name).name()).isEqualTo(name.strip());
            assertThat(app.plans.open(planId).plan().name()).isEqualTo(name.strip());
            app.plans.rename(planId, before);
        });
        expectRefusedOnlyIfTheRuleSaysSo(refused, PlanName.problem(name).isEmpty());
        assertThat(app.plans.open(planId).plan().name()).isEqualTo(before);
    }

    @Property(tries = 80)
    void evidenceIsStoredAsTypedAndSurvivesTheFileOrIsRefused(@ForAll("typed") String text) {
        progressRoundTrip(
                text,
                p -> p.withEvidence(text),
                MilestoneProgress::evidence,
                text,
                InputRules.badCharacterAt(text) < 0 && text.length() <= MilestoneProgress.MAX_TEXT);
    }

    @Property(tries = 80)
    void privateNotesAreStoredAsTypedAndSurviveTheFileOrAreRefused(@ForAll("typed") String text) {
        progressRoundTrip(
                text,
                p -> p.withNotes(text),
                MilestoneProgress::notes,
                text,
                InputRules.badCharacterAt(text) < 0 && text.length() <= MilestoneProgress.MAX_TEXT);
    }

    @Property(tries = 80)
    void aLinkIsStoredStrippedAndSurvivesTheFileOrIsRefused(@ForAll("links") String link) {
        progressRoundTrip(
                link,
                p -> p.withLinks(List.of(link)),
                p -> p.links().isEmpty() ? "" : p.links().get(0),
                link.strip(),
                MilestoneLinks.problem(link).isEmpty());
    }

    @Property(tries = 80)
    void doneAndDueDatesAreStoredAsPickedOrRefused(@ForAll("dates") LocalDate date) {
        boolean inRange = !date.isBefore(InputRules.MIN_DATE) && !date.isAfter(InputRules.MAX_DATE);
        progressRoundTrip(
                date.toString(),
                p -> p.withStatus(MilestoneStatus.DONE, date).withDoneDate(date),
                p -> p.doneDate().map(LocalDate::toString).orElse(""),
                date.toString(),
                inRange);
        progressRoundTrip(
                date.toString(),
                p -> p.withDueDate(Optional.of(date)),
                p -> p.dueDate().map(LocalDate::toString).orElse(""),
                date.toString(),
                inRange);
    }

    @Property(tries = 80)
    void aTargetDateIsStoredAsPickedOrRefused(@ForAll("dates") LocalDate date) {
        Throwable refused = catchThrowable(() -> {
            long id = app.plans
                    .create(new PlanDraft(
                            "Dated " + date, "pm-default", "pm", "senior-pm", "growth", Optional.of(date)))
                    .id();
            try {
                assertThat(app.plans.open(id).plan().targetDate()).contains(date);
                assertThat(viaFile(id, app, Optional.of(copyName())).plan().targetDate())
                        .contains(date);
            } finally {
                app.plans.delete(id);
            }
        });
        expectRefusedOnlyIfTheRuleSaysSo(
                refused, !date.isBefore(app.plans.today()) && !date.isAfter(InputRules.MAX_DATE));
    }

    @Property(tries = 80)
    void aRatingJustificationIsStoredStrippedAndSurvivesTheFileOrIsRefused(@ForAll("typed") String text) {
        Rating before = app.assessments.ratings(planId).get("product-strategy");
        Throwable refused = catchThrowable(() -> {
            app.assessments.save(
                    app.plans.open(planId),
                    "product-strategy",
                    Optional.ofNullable(before),
                    Optional.of(new Rating("product-strategy", "pm", text)));
            assertThat(app.assessments.ratings(planId).get("product-strategy").justification())
                    .isEqualTo(text.strip());
            assertThat(viaFile(planId, app, Optional.of(copyName())).ratings())
                    .filteredOn(r -> r.competencyId().equals("product-strategy"))
                    .extracting(Rating::justification)
                    .containsExactly(text.strip());
        });
        expectRefusedOnlyIfTheRuleSaysSo(
                refused,
                InputRules.badCharacterAt(text.strip()) < 0 && text.strip().length() <= Rating.MAX_JUSTIFICATION);
        if (refused != null) {
            assertThat(app.assessments.ratings(planId).get("product-strategy")).isEqualTo(before);
        }
    }

    @Property(tries = 80)
    void aCheckInNoteIsStoredStrippedAndSurvivesTheFileOrIsRefused(@ForAll("typed") String note) {
        int before = app.checkIns.history(planId).size();
        Throwable refused = catchThrowable(() -> {
            CheckIn taken = app.checkIns.checkIn(app.plans.open(planId), app.assessments.ratings(planId), note);
            assertThat(app.checkIns.history(planId))
                    .last()
                    .extracting(CheckIn::note)
                    .isEqualTo(note.strip());
            assertThat(viaFile(planId, app, Optional.of(copyName())).checkIns())
                    .filteredOn(c -> c.takenAt().equals(taken.takenAt()))
                    .extracting(CheckIn::note)
                    .contains(note.strip());
        });
        expectRefusedOnlyIfTheRuleSaysSo(
                refused,
                InputRules.badCharacterAt(note.strip()) < 0 && note.strip().length() <= CheckIn.MAX_NOTE);
        if (refused != null) {
            assertThat(app.checkIns.history(planId)).hasSize(before);
        }
    }

    @Property(tries = 80)
    void readinessNumbersInAPlanFileAreImportedAsWrittenOrRefusedWithAMessage(
            @ForAll("numbers") String done, @ForAll("numbers") String required) throws IOException {
        String json = new String(app.exports.render(planId, ExportFormat.JSON, true), StandardCharsets.UTF_8)
                .replaceFirst("\"done\" : -?\\d+", "\"done\" : " + done)
                .replaceFirst("\"required\" : -?\\d+", "\"required\" : " + required);
        Path file = Files.writeString(dir.resolve("numbers.json"), json);
        int plansBefore = other.plans.plans().size();

        Throwable refused = catchThrowable(() -> {
            long id = other.exports.importPlan(file, Optional.of(copyName())).id();
            CheckIn first;
            try {
                first = other.checkIns.history(id).get(0);
            } finally {
                other.plans.delete(id);
            }
            assertThat(first.readiness().done()).isEqualTo(Integer.parseInt(done));
            assertThat(first.readiness().required()).isEqualTo(Integer.parseInt(required));
        });

        // Only whole numbers as written, 0 <= done <= required, within an int: anything else is refused.
        boolean whole = done.matches("-?\\d+") && required.matches("-?\\d+");
        BigInteger d = whole ? new BigInteger(done) : BigInteger.ZERO;
        BigInteger r = whole ? new BigInteger(required) : BigInteger.ZERO;
        boolean allowed = whole
                && d.signum() >= 0
                && d.compareTo(r) <= 0
                && r.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0;
        if (refused instanceof AssertionError failure) {
            throw failure;
        }
        if (allowed) {
            assertThat(refused).as("numbers %s of %s", done, required).isNull();
        } else {
            assertThat(refused).as("numbers %s of %s", done, required).isInstanceOf(PlanFormatException.class);
            HostileInputTest.assertPlain(refused.getMessage());
            assertThat(other.plans.plans()).hasSize(plansBefore);
        }
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-5, 400).map(String::valueOf),
                Arbitraries.of(
                        "0",
                        "-0",
                        "2147483647",
                        "2147483648",
                        "-2147483649",
                        "9223372036854775808",
                        "1e3",
                        "1.5",
                        "10.0",
                        "1" + "0".repeat(30),
                        "0.0000001",
                        "-1e400",
                        "1E2"),
                Arbitraries.longs().map(String::valueOf));
    }

    private static void progressRoundTrip(
            String input,
            Function<MilestoneProgress, MilestoneProgress> edit,
            Function<MilestoneProgress, String> field,
            String expected,
            boolean allowed) {
        MilestoneProgress before = app.plans.open(planId).progressOf(milestoneId);
        Throwable refused = catchThrowable(() -> {
            app.plans.saveProgress(planId, before, edit.apply(MilestoneProgress.todo(milestoneId)));
            assertThat(field.apply(app.plans.open(planId).progressOf(milestoneId)))
                    .isEqualTo(expected);
            PlanArchive imported = viaFile(planId, app, Optional.of(copyName()));
            assertThat(imported.progress())
                    .filteredOn(p -> p.milestoneId().equals(milestoneId))
                    .extracting(field)
                    .containsExactly(expected);
        });
        expectRefusedOnlyIfTheRuleSaysSo(refused, allowed);
        if (refused != null) {
            assertThat(app.plans.open(planId).progressOf(milestoneId))
                    .as("after refusing %s", input)
                    .isEqualTo(before);
        }
    }

    /** Exports the plan as a file with private notes, imports it into {@code target} and returns what arrived. */
    private static PlanArchive viaFile(long id, HostileFixture target, Optional<String> name) {
        try {
            Path file = dir.resolve("plan.json");
            Files.write(file, app.exports.render(id, ExportFormat.JSON, true));
            long imported = target.exports.importPlan(file, name).id();
            PlanArchive archive = target.exports.archive(imported);
            if (name.isPresent()) {
                target.plans.delete(imported);
            }
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String copyName() {
        return "Copy " + (++copies);
    }

    private static void expectRefusedOnlyIfTheRuleSaysSo(Throwable refused, boolean allowed) {
        if (refused instanceof AssertionError failure) {
            throw failure;
        }
        if (allowed) {
            assertThat(refused).as("text the rules allow is accepted").isNull();
            return;
        }
        assertThat(refused)
                .as("refused")
                .isNotNull()
                .isInstanceOfAny(IllegalArgumentException.class, ValidationException.class);
        assertThat(refused.getMessage()).isNotBlank();
        HostileInputTest.assertPlain(refused.getMessage().replace("\n", " "));
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().alpha().numeric().withChars(" .,-'\"").ofMaxLength(20),
                Arbitraries.of(
                        "\uD83D\uDE80",
                        "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB",
                        "e\u0301",
                        "\u0301",
                        "\u05E9\u05DC\u05D5\u05DD",
                        "\u0645\u0631\u062D\u0628\u0627",
                        "\u202E",
                        "\u200B",
                        "\uFEFF",
                        "\u4E2D\u6587",
                        "\uD800",
                        "\uDC00",
                        "\u0000",
                        "\u0007",
                        "\u001B[31m",
                        "\u007F",
                        "\u0085",
                        "\t",
                        "\n",
                        "\r\n",
                        "   ",
                        "\u00A0",
                        "\u3000",
                        "'; DROP TABLE plan;--",
                        "../../etc/passwd",
                        "\\",
                        "%s%n",
                        "${jndi:ldap://x}",
                        "<script>",
                        "\uFFFF"));
        Arbitrary<String> mixed = piece.list().ofMaxSize(6).map(parts -> String.join("", parts));
        Arbitrary<String> whitespace =
                Arbitraries.strings().withChars(" \t\n\r\u00A0\u2003\u3000").ofMaxLength(10);
        Arbitrary<String> veryLong = Arbitraries.of(119, 120, 121, 1_999, 2_000, 2_001, 19_999, 20_000, 20_001)
                .map(n -> "\u00E9".repeat(n));
        Arbitrary<String> longEmoji = Arbitraries.of(60, 119, 120, 121).map(n -> "\uD83D\uDE80".repeat(n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, mixed),
                net.jqwik.api.Tuple.of(2, whitespace),
                net.jqwik.api.Tuple.of(2, veryLong),
                net.jqwik.api.Tuple.of(1, longEmoji));
    }

    @Provide
    Arbitrary<String> links() {
        Arbitrary<String> path = typed().map(t -> t.length() > 40 ? t.substring(0, 40) : t);
        return Arbitraries.oneOf(
                path.map(p -> "https://example.org/" + p),
                path.map(p -> "mailto:" + p),
                path.map(p -> " https://docs.example.com/a?q=" + p + " "),
                path);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        LocalDate.of(0, 1, 1),
                        LocalDate.of(1, 1, 1),
                        LocalDate.of(1899, 12, 31),
                        LocalDate.of(1900, 1, 1),
                        LocalDate.of(1970, 1, 1),
                        LocalDate.of(2000, 2, 29),
                        LocalDate.of(9999, 12, 31),
                        LocalDate.of(10_000, 1, 1),
                        LocalDate.of(-1, 6, 15),
                        LocalDate.MIN,
                        LocalDate.MAX),
                Arbitraries.longs()
                        .between(
                                LocalDate.of(1800, 1, 1).toEpochDay(),
                                LocalDate.of(2200, 1, 1).toEpochDay())
                        .map(LocalDate::ofEpochDay),
                Arbitraries.longs()
                        .between(
                                LocalDate.of(-20_000, 1, 1).toEpochDay(),
                                LocalDate.of(20_000, 1, 1).toEpochDay())
                        .map(LocalDate::ofEpochDay));
    }
}
