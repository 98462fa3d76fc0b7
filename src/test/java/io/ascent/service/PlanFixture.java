package io.ascent.service;

import io.ascent.domain.Impact;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Win;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteAssessmentRepository;
import io.ascent.persistence.sqlite.SqliteCheckInRepository;
import io.ascent.persistence.sqlite.SqliteFrameworkRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.persistence.sqlite.SqliteReviewRepository;
import io.ascent.persistence.sqlite.SqliteRhythmRepository;
import io.ascent.persistence.sqlite.SqliteWinRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** A database in a test folder with the real services (frameworks can be imported) and a plan that looks like a real one. */
public final class PlanFixture implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    public static final String SECRET_NOTE = "Private: ask Dana whether the promo committee meets in March";
    public static final String LONG_EVIDENCE = ("Ran the onboarding checklist experiment for six weeks with "
                            + "40,000 new users; activation rose from 31% to 36% and the result held in the holdout. ")
                    .repeat(6)
            + "Presented the decision to the leadership team.";

    public static final String CHECK_IN_NOTE = "Private check-in note: feeling stretched this quarter";

    /** The title of a private win: it must never reach anything meant for others. */
    public static final String SECRET_WIN = "Private win: negotiated my own raise";

    public static final String EVIDENCE_LINK = "https://docs.example.com/onboarding-experiment-readout";

    public final Database database;
    public final SqlitePlanRepository repository;
    public final FrameworkService frameworks;
    public final PlanService plans;
    public final AssessmentService assessments;
    public final CheckInService checkIns;
    public final RhythmService rhythms;
    public final WinService wins;
    public final ExportService exports;
    public final OwnMilestoneService ownMilestones;
    public final PromotionService promotions;
    public final CalendarService calendars;
    public final OneOnOneService oneOnOnes;

    private PlanFixture(Path db, Clock clock) {
        database = Database.open(db);
        repository = new SqlitePlanRepository(database);
        frameworks =
                new FrameworkService(new FrameworkReader(), new SqliteFrameworkRepository(database), repository, clock);
        plans = new PlanService(repository, frameworks, clock);
        assessments = new AssessmentService(new SqliteAssessmentRepository(database), clock);
        SqliteRhythmRepository rhythmRows = new SqliteRhythmRepository(database);
        checkIns = new CheckInService(new SqliteCheckInRepository(database), rhythmRows, clock);
        rhythms = new RhythmService(rhythmRows, plans, checkIns, id -> Optional.empty(), clock);
        wins = new WinService(new SqliteWinRepository(database), clock);
        exports = new ExportService(
                plans, repository, frameworks, assessments, checkIns, wins, rhythms, clock, database.ownFiles());
        ownMilestones = new OwnMilestoneService(plans, repository, clock, new SplittableRandom(15));
        promotions = new PromotionService(plans, repository, assessments, wins, clock);
        calendars = new CalendarService(
                plans, checkIns, rhythms, new SqliteReviewRepository(database)::planUuid, database.ownFiles());
        oneOnOnes = new OneOnOneService(
                rhythmRows, plans, checkIns, assessments, rhythms, ownMilestones, wins, id -> Optional.empty(), clock);
    }

    /** The services on {@code db}, on {@link #CLOCK}. */
    public static PlanFixture open(Path db) {
        return new PlanFixture(db, CLOCK);
    }

    /** The services on {@code db}, on {@code clock}. */
    public static PlanFixture open(Path db, Clock clock) {
        return new PlanFixture(db, clock);
    }

    /**
     * Logs four wins on plan {@code id}: a measured launch backing two milestones, a negotiation
     * with a claim but no baseline, a mentoring win without impact, and a private one
     * ({@link #SECRET_WIN}); returns them as stored.
     */
    public List<Win> addWins(long id) {
        return addWins(plans, wins, id);
    }

    /** {@link #addWins(long)} through the services of any wiring (e.g. an {@code AppContext}). */
    public static List<Win> addWins(PlanService plans, WinService wins, long id) {
        PlanSnapshot view = plans.open(id);
        List<String> items = view.items().stream().map(m -> m.id()).toList();
        return List.of(
                wins.add(
                        view,
                        new Win(
                                0,
                                LocalDate.of(2026, 10, 2),
                                "Launched onboarding v2",
                                "Rebuilt the first-run flow with design and data science.",
                                new Impact("Day-7 retention", "31%", "36%", "led"),
                                List.of("https://docs.example.com/onboarding-v2"),
                                List.of("product-strategy", "performance-metrics"),
                                List.of(items.get(0), items.get(1)),
                                true)),
                wins.add(
                        view,
                        new Win(
                                0,
                                LocalDate.of(2026, 10, 20),
                                "Unblocked the payments partner",
                                "Negotiated the data-sharing terms.",
                                new Impact("", "", "Contract signed 3 weeks early", "led"),
                                List.of(),
                                List.of("communication-negotiation"),
                                List.of(),
                                true)),
                wins.add(
                        view,
                        new Win(
                                0,
                                LocalDate.of(2026, 11, 5),
                                "Mentee promoted to PM",
                                "",
                                Impact.NONE,
                                List.of(),
                                List.of("people-leadership"),
                                List.of(),
                                true)),
                wins.add(
                        view,
                        new Win(
                                0,
                                LocalDate.of(2026, 11, 10),
                                SECRET_WIN,
                                "Only for me.",
                                Impact.NONE,
                                List.of(),
                                List.of("product-strategy"),
                                List.of(items.get(0)),
                                false)));
    }

    /**
     * A PM on the way to Senior PM in Growth: eight milestones done with evidence (one long),
     * three in progress with due dates, private notes on two, four competencies rated (two at
     * the target) and one check-in with a private note.
     */
    public long realisticPlan(String name) {
        long id = plans.create(new PlanDraft(
                        name, "pm-default", "pm", "senior-pm", "growth", Optional.of(LocalDate.of(2027, 6, 30))))
                .id();
        PlanSnapshot view = plans.open(id);
        List<String> ids = view.items().stream().map(m -> m.id()).toList();
        for (int i = 0; i < 8; i++) {
            var done = view.progressOf(ids.get(i))
                    .withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 9, 1 + i))
                    .withEvidence(i == 0 ? LONG_EVIDENCE : "Shipped and reviewed with my manager (" + (i + 1) + ").")
                    .withLinks(i == 0 ? List.of(EVIDENCE_LINK) : List.of());
            plans.saveProgress(id, view.progressOf(ids.get(i)), done);
        }
        for (int i = 8; i < 11; i++) {
            var p = view.progressOf(ids.get(i));
            plans.saveProgress(
                    id,
                    p,
                    new MilestoneProgress(
                            p.milestoneId(),
                            MilestoneStatus.IN_PROGRESS,
                            Optional.empty(),
                            Optional.of(LocalDate.of(2027, 1, i)),
                            "",
                            i == 8 ? SECRET_NOTE : ""));
        }
        var noted = plans.open(id).progressOf(ids.get(1));
        plans.saveProgress(
                id,
                noted,
                new MilestoneProgress(
                        noted.milestoneId(),
                        noted.status(),
                        noted.doneDate(),
                        noted.dueDate(),
                        noted.evidence(),
                        "Second private note, multi-line\nwith a line break."));
        PlanSnapshot rated = plans.open(id);
        String[][] ratings = {
            {"product-strategy", "senior-pm", "Owns the area's vision"},
            {"roadmap-prioritization", "senior-pm", ""},
            {"performance-metrics", "apm", "Still learning experiment design"},
            {"growth-experimentation", "pm", ""}
        };
        for (String[] r : ratings) {
            rated.framework().competency(r[0]).orElseThrow(() -> new AssertionError("no competency " + r[0]));
            assessments.save(rated, r[0], Optional.empty(), Optional.of(new Rating(r[0], r[1], r[2])));
        }
        checkIns.checkIn(plans.open(id), assessments.ratings(id), CHECK_IN_NOTE);
        return id;
    }

    @Override
    public void close() {
        database.close();
    }
}
