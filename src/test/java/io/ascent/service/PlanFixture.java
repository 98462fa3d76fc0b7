package io.ascent.service;

import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.Database;
import io.ascent.persistence.FrameworkReader;
import io.ascent.persistence.SqlitePlanRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** A database in a test folder with the real services and a plan that looks like a real one. */
public final class PlanFixture implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    public static final String SECRET_NOTE = "Private: ask Dana whether the promo committee meets in March";
    public static final String LONG_EVIDENCE = ("Ran the onboarding checklist experiment for six weeks with "
            + "40,000 new users; activation rose from 31% to 36% and the result held in the holdout. ").repeat(6)
            + "Presented the decision to the leadership team.";

    public final Database database;
    public final SqlitePlanRepository repository;
    public final FrameworkService frameworks;
    public final PlanService plans;
    public final ExportService exports;

    private PlanFixture(Path db) {
        database = Database.open(db);
        repository = new SqlitePlanRepository(database);
        frameworks = new FrameworkService(new FrameworkReader());
        plans = new PlanService(repository, frameworks, CLOCK);
        exports = new ExportService(plans, repository, frameworks, CLOCK);
    }

    public static PlanFixture open(Path db) {
        return new PlanFixture(db);
    }

    /**
     * A PM on the way to Senior PM in Growth: eight milestones done with evidence (one long),
     * three in progress with due dates, and private notes on two.
     */
    public long realisticPlan(String name) {
        long id = plans.create(new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth",
                Optional.of(LocalDate.of(2027, 6, 30)))).id();
        PlanView view = plans.open(id);
        List<String> ids = view.requiredMilestones().stream().map(m -> m.id()).toList();
        for (int i = 0; i < 8; i++) {
            var done = view.progressOf(ids.get(i)).withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 9, 1 + i))
                    .withEvidence(i == 0 ? LONG_EVIDENCE : "Shipped and reviewed with my manager (" + (i + 1) + ").");
            plans.save(id, done);
        }
        for (int i = 8; i < 11; i++) {
            var p = view.progressOf(ids.get(i));
            plans.save(id, new io.ascent.domain.MilestoneProgress(p.milestoneId(), MilestoneStatus.IN_PROGRESS,
                    Optional.empty(), Optional.of(LocalDate.of(2027, 1, i)), "", i == 8 ? SECRET_NOTE : ""));
        }
        var noted = plans.open(id).progressOf(ids.get(1));
        plans.save(id, new io.ascent.domain.MilestoneProgress(noted.milestoneId(), noted.status(), noted.doneDate(),
                noted.dueDate(), noted.evidence(), "Second private note, multi-line\nwith a line break."));
        return id;
    }

    @Override
    public void close() {
        database.close();
    }
}
