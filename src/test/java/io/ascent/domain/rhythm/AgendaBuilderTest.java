package io.ascent.domain.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ascent.TestFrameworks;
import io.ascent.domain.Cadence;
import io.ascent.domain.Framework;
import io.ascent.domain.Impact;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.NextStep;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Requirements;
import io.ascent.domain.RhythmDates;
import io.ascent.domain.Upcoming;
import io.ascent.domain.Win;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.review.ReviewComparison.Marker;
import io.ascent.domain.rhythm.Agenda.Kind;
import io.ascent.domain.text.AgendaWords;
import io.ascent.text.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agenda of a hand-built plan (small ladder, a to c, growth) looked at on 30 Jun 2026. */
class AgendaBuilderTest {

    private static final Framework SMALL = TestFrameworks.small();
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Optional<LocalDate> LAST_ONE_ON_ONE = Optional.of(LocalDate.of(2026, 6, 16));

    private final Map<String, MilestoneProgress> progress = new HashMap<>();
    private final List<Win> wins = new ArrayList<>();
    private PlanSnapshot view;

    @BeforeEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private void done(String id, String date) {
        progress.put(id, MilestoneProgress.todo(id).withStatus(MilestoneStatus.DONE, LocalDate.parse(date)));
    }

    private void due(String id, String date) {
        progress.put(id, MilestoneProgress.todo(id).withDueDate(Optional.of(LocalDate.parse(date))));
    }

    private PlanSnapshot view() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Plan plan = new Plan(1, "Plan", "small", "a", "c", "growth", Optional.empty(), t, t);
        view = PlanSnapshot.of(plan, SMALL, Requirements.of(SMALL, plan), progress);
        return view;
    }

    private NextStep step(String id) {
        var m = view.item(id).orElseThrow();
        return new NextStep(
                m,
                SMALL.competency(m.competencyId()).orElseThrow(),
                SMALL.level(m.levelId()).orElseThrow(),
                MilestoneStatus.TODO,
                1);
    }

    private ReviewComparison.Row row(String competency, String self, String manager, String comment, Marker marker) {
        return new ReviewComparison.Row(
                SMALL.competency(competency).orElseThrow(),
                SMALL.level(self).orElseThrow(),
                true,
                Optional.of(SMALL.level(manager).orElseThrow()),
                comment,
                marker);
    }

    private Agenda build(
            Optional<LocalDate> since,
            List<String> steps,
            Optional<ReviewComparison> review,
            List<NextQuestion> questions) {
        PlanSnapshot snapshot = view();
        RhythmDates dates = new RhythmDates(LocalDate.of(2026, 1, 1), Optional.empty(), since, Optional.empty());
        return AgendaBuilder.build(new AgendaBuilder.Input(
                new Upcoming.Context(snapshot, Cadence.DEFAULT, dates, TODAY),
                since,
                steps.stream().map(this::step).toList(),
                review,
                questions,
                wins));
    }

    private void win(String date, String title, Impact impact, boolean shareable) {
        wins.add(new Win(
                wins.size() + 1, LocalDate.parse(date), title, "", impact, List.of(), List.of(), List.of(), shareable));
    }

    private static Map<Kind, List<String>> texts(Agenda agenda) {
        return agenda.sections().stream()
                .collect(Collectors.toMap(
                        Agenda.Section::kind,
                        s -> s.items().stream()
                                .map(i -> i.text() + i.date().map(d -> " " + d).orElse(""))
                                .toList()));
    }

    @Test
    void eachSourceAppearsInOrderAndNothingFromBeforeTheLast1on1() {
        done("core1.b.1", "2026-06-20");
        done("core2.b.1", "2026-06-16");
        done("core1.b.2", "2026-06-01");
        due("grow.b.1", "2026-07-05");
        due("core1.c.1", "2026-06-25");
        due("core2.c.1", "2026-08-30");
        ReviewComparison review = new ReviewComparison(
                Optional.empty(),
                List.of(
                        row("core1", "b", "b", "", Marker.AGREED),
                        row("core2", "b", "a", "Show me the numbers", Marker.DISCUSS),
                        row("grow", "c", "a", "", Marker.FLAGGED)));
        List<NextQuestion> questions = List.of(
                new NextQuestion(2, "Can I lead the Q3 pricing test?", Instant.parse("2026-06-28T09:00:00Z")),
                new NextQuestion(1, "Who else should review my roadmap?", Instant.parse("2026-06-20T09:00:00Z")));

        Agenda agenda = build(
                LAST_ONE_ON_ONE,
                List.of("grow.b.1", "core2.c.1", "core1.c.1", "grow.c.1"),
                Optional.of(review),
                questions);

        assertThat(agenda.sections())
                .extracting(Agenda.Section::kind)
                .containsExactly(Kind.DONE, Kind.DUE, Kind.NEXT_STEPS, Kind.DISAGREEMENTS, Kind.QUESTIONS);
        Map<Kind, List<String>> texts = texts(agenda);
        assertThat(texts.get(Kind.DONE)).containsExactly("Core one at B, first 2026-06-20");
        assertThat(texts.get(Kind.DUE)).containsExactly("Core one at C 2026-06-25", "Growth at B 2026-07-05");
        // Steps already listed as due are not repeated.
        assertThat(texts.get(Kind.NEXT_STEPS)).containsExactly("Core two at C", "Growth at C");
        assertThat(texts.get(Kind.DISAGREEMENTS))
                .containsExactly(
                        SMALL.competency("grow").orElseThrow().title(),
                        SMALL.competency("core2").orElseThrow().title());
        assertThat(texts.get(Kind.QUESTIONS))
                .containsExactly("Who else should review my roadmap?", "Can I lead the Q3 pricing test?");
    }

    @Test
    void winsLoggedSinceTheLast1on1LeadTheAgendaOldestFirstPrivateOnesMarked() {
        // Before and on the day of the last 1:1 (16 Jun): out.
        win("2026-06-10", "Closed the Q2 roadmap review", Impact.NONE, true);
        win("2026-06-16", "Presented at the all-hands", Impact.NONE, true);
        // After it, listed by date whatever order they were logged in.
        win("2026-06-27", "Asked for the pricing budget", Impact.NONE, false);
        win("2026-06-18", "Launched onboarding v2", new Impact("Day-7 retention", "31%", "36%", "led"), true);
        done("core1.b.1", "2026-06-20");

        Agenda agenda = build(LAST_ONE_ON_ONE, List.of(), Optional.empty(), List.of());

        assertThat(agenda.sections()).extracting(Agenda.Section::kind).containsExactly(Kind.WINS, Kind.DONE);
        assertThat(agenda.section(Kind.WINS).orElseThrow().items())
                .extracting(Agenda.Item::text, Agenda.Item::isPrivate)
                .containsExactly(tuple("Launched onboarding v2", false), tuple("Asked for the pricing budget", true));
        assertThat(AgendaWords.markdown(agenda, "Road to C")).isEqualTo("""
                        # 1:1 agenda: Road to C, Jun 30, 2026
                        _Since the last 1:1 on Jun 16, 2026_

                        ## Wins
                        - Launched onboarding v2 (Jun 18, 2026) — Day-7 retention: 31% → 36% · led
                        - Asked for the pricing budget (Jun 27, 2026) (private)

                        ## Done since the last 1:1
                        - Core one at B, first (done Jun 20, 2026)
                        """);
    }

    @Test
    void beforeTheFirst1on1EveryWinCounts() {
        win("2026-01-02", "First win", Impact.NONE, true);

        Agenda agenda = build(Optional.empty(), List.of(), Optional.empty(), List.of());

        assertThat(texts(agenda)).containsExactly(Map.entry(Kind.WINS, List.of("First win 2026-01-02")));
    }

    @Test
    void beforeTheFirst1on1EverythingDoneCountsAndEmptySectionsAreLeftOut() {
        done("core1.b.2", "2026-01-15");

        Agenda agenda = build(Optional.empty(), List.of(), Optional.empty(), List.of());

        assertThat(texts(agenda)).containsOnlyKeys(Kind.DONE);
        assertThat(texts(agenda).get(Kind.DONE)).containsExactly("Core one at B, second 2026-01-15");
    }

    @Test
    void atMostThreeNextSteps() {
        Agenda agenda = build(
                LAST_ONE_ON_ONE,
                List.of("core1.b.1", "core1.b.2", "core2.b.1", "grow.b.1", "core1.c.1"),
                Optional.empty(),
                List.of());

        assertThat(texts(agenda).get(Kind.NEXT_STEPS)).hasSize(AgendaBuilder.TOP_STEPS);
    }

    @Test
    void theMarkdownHasATitleTheSinceLineAndOneHeadingPerSection() {
        done("core1.b.1", "2026-06-20");
        due("grow.b.1", "2026-06-25");
        ReviewComparison review = new ReviewComparison(
                Optional.empty(), List.of(row("core2", "b", "a", "Show me the numbers", Marker.DISCUSS)));

        Agenda agenda = build(
                LAST_ONE_ON_ONE,
                List.of(),
                Optional.of(review),
                List.of(new NextQuestion(1, "Promotion timing?", Instant.parse("2026-06-20T09:00:00Z"))));

        assertThat(AgendaWords.markdown(agenda, "Road to C")).isEqualTo("""
                        # 1:1 agenda: Road to C, Jun 30, 2026
                        _Since the last 1:1 on Jun 16, 2026_

                        ## Done since the last 1:1
                        - Core one at B, first (done Jun 20, 2026)

                        ## Due or overdue
                        - Growth at B: overdue since Jun 25, 2026

                        ## From the last review: where we see it differently
                        - %s: I said %s, my manager said %s. Comment: "Show me the numbers"

                        ## My questions
                        - Promotion timing?
                        """.formatted(
                        SMALL.competency("core2").orElseThrow().title(),
                        SMALL.level("b").orElseThrow().title(),
                        SMALL.level("a").orElseThrow().title()));
    }

    @Test
    void userTextInTheMarkdownIsLiteralButPlainTextIsAsTyped() {
        String typed = "[click](javascript:alert(1)) | <b>raise</b> *now*";
        Agenda agenda = build(
                LAST_ONE_ON_ONE,
                List.of(),
                Optional.empty(),
                List.of(new NextQuestion(1, typed, Instant.parse("2026-06-20T09:00:00Z"))));

        assertThat(AgendaWords.markdown(agenda, "Road_to_C"))
                .startsWith("# 1:1 agenda: Road\\_to\\_C, Jun 30, 2026\n")
                .endsWith("- \\[click\\](javascript:alert(1)) \\| \\<b\\>raise\\</b\\> \\*now\\*\n");
        assertThat(AgendaWords.text(agenda, "Road_to_C")).contains(typed);
    }
}
