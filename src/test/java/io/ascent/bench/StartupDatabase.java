package io.ascent.bench;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.persistence.files.FrameworkReader;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteAssessmentRepository;
import io.ascent.persistence.sqlite.SqliteCheckInRepository;
import io.ascent.persistence.sqlite.SqliteFrameworkRepository;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import io.ascent.persistence.sqlite.SqliteRhythmRepository;
import io.ascent.service.AssessmentService;
import io.ascent.service.CheckInService;
import io.ascent.service.FrameworkService;
import io.ascent.service.PlanService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database a start-up is timed on (and the installer's start-up cache is trained on): one plan
 * in use for a year, written day by day through the services as the app writes it. The ladder is
 * imported; the plan runs from the lowest level to the highest (every milestone of its
 * competencies), has a target date, 45% of its milestones done with evidence and some with a
 * link, 15% in progress with due dates, every competency rated (a third of them raised half-way),
 * and a check-in every two weeks, the last three days ago, so no check-in reminder shows.
 */
public final class StartupDatabase {

    static final int DAYS = 365;
    static final int CHECK_IN_EVERY = 14;
    static final String EVIDENCE = "Shipped it with the team and presented the results to the leadership review; "
            + "the write-up, the dashboard and my manager's notes are linked from the team page.";

    private StartupDatabase() {}

    /** {@code StartupDatabase FILE}: the plan on the typical generated ladder (packaging trains on it). */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StartupDatabase FILE");
        }
        rebuild(Path.of(args[0]), FrameworkGenerator.generate(FrameworkGenerator.TYPICAL), Instant.now());
    }

    /** Deletes {@code file} (and its backups) and writes the plan, "now" being {@code now}. */
    public static Path rebuild(Path file, Framework framework, Instant now) {
        BenchDatabase.deleteWithBackups(file);
        Instant start = now.minus(Duration.ofDays(DAYS));
        MovingClock clock = new MovingClock(start);
        try (Database database = Database.open(file, clock)) {
            SqlitePlanRepository repository = new SqlitePlanRepository(database);
            FrameworkService frameworks = new FrameworkService(
                    new FrameworkReader(), new SqliteFrameworkRepository(database), repository, clock);
            frameworks.importJson(
                    new FrameworkReader().write(framework).getBytes(StandardCharsets.UTF_8), framework.id());
            PlanService plans = new PlanService(repository, frameworks, clock);
            AssessmentService assessments = new AssessmentService(new SqliteAssessmentRepository(database), clock);
            CheckInService checkIns = new CheckInService(
                    new SqliteCheckInRepository(database), new SqliteRhythmRepository(database), clock);
            long plan = plans.create(new PlanDraft(
                            "Road to " + top(framework).title(),
                            framework.id(),
                            framework.levels().get(0).id(),
                            top(framework).id(),
                            framework.specializations().get(0).id(),
                            Optional.of(LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(9))))
                    .id();
            List<Milestone> required = plans.open(plan).items();
            int done = required.size() * 45 / 100;
            int started = required.size() * 15 / 100;
            int last = DAYS - 3;
            for (int day = 1; day <= last; day++) {
                clock.set(start.plus(Duration.ofDays(day)));
                // The milestones done by this day, evenly over the year, in the ladder's order.
                for (int i = done * (day - 1) / last; i < done * day / last; i++) {
                    finish(plans, plan, required.get(i), i, clock.today());
                }
                if (day == 20 || day == 200) {
                    rate(plans.open(plan), assessments, day == 200);
                }
                if (day % CHECK_IN_EVERY == 0 || day == last) {
                    PlanSnapshot view = plans.open(plan);
                    checkIns.checkIn(view, assessments.ratings(plan), "Check-in on day " + day + " of the plan.");
                }
            }
            for (int i = done; i < done + started; i++) {
                plans.saveProgress(
                        plan,
                        MilestoneProgress.todo(required.get(i).id()),
                        MilestoneProgress.todo(required.get(i).id())
                                .withStatus(MilestoneStatus.IN_PROGRESS, clock.today())
                                .withDueDate(Optional.of(clock.today().plusDays(30L + i))));
            }
        }
        return file;
    }

    private static Level top(Framework framework) {
        return framework.levels().get(framework.levels().size() - 1);
    }

    private static void finish(PlanService plans, long plan, Milestone milestone, int index, LocalDate day) {
        MilestoneProgress done = MilestoneProgress.todo(milestone.id())
                .withStatus(MilestoneStatus.DONE, day)
                .withEvidence(EVIDENCE + " (" + (index + 1) + ")");
        plans.saveProgress(
                plan,
                MilestoneProgress.todo(milestone.id()),
                index % 5 == 0 ? done.withLinks(List.of("https://example.com/wiki/outcome-" + index)) : done);
    }

    /** Every competency of the plan at the second level, a third of them a level higher later on. */
    private static void rate(PlanSnapshot view, AssessmentService assessments, boolean raise) {
        List<Competency> competencies =
                view.framework().competenciesFor(view.plan().specializationId());
        Map<String, Rating> shown = assessments.ratings(view.plan().id());
        for (int i = 0; i < competencies.size(); i++) {
            if (raise && i % 3 != 0) {
                continue;
            }
            String level = view.framework().levels().get(raise ? 2 : 1).id();
            String why = i % 2 == 0 ? "Led the quarterly planning for the area and owned its metrics." : "";
            String id = competencies.get(i).id();
            assessments.save(view, id, Optional.ofNullable(shown.get(id)), Optional.of(new Rating(id, level, why)));
        }
    }

    /** A clock the build moves forward day by day, so every row is dated as if written that day. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        LocalDate today() {
            return LocalDate.ofInstant(now, ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
