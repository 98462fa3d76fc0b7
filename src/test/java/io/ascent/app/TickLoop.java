package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.PlanService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The child process of {@link KillDurabilityTest}: ticks milestones through {@link PlanService}
 * as fast as it can and prints {@code TICK plan-id milestone-id} after each save returned, i.e.
 * after its transaction committed. It runs until it is killed.
 */
public final class TickLoop {

    private TickLoop() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String run = args[1];
        try (AppContext context = AppContext.open(file, Clock.systemDefaultZone())) {
            PlanService plans = context.plans();
            for (int part = 1; ; part++) {
                long planId = plans.create(new PlanDraft(
                                "Run " + run + " part " + part,
                                "pm-default",
                                "apm",
                                "director",
                                "growth",
                                Optional.empty()))
                        .id();
                PlanSnapshot view = plans.open(planId);
                for (Milestone m : view.items()) {
                    plans.setStatus(planId, view.progressOf(m.id()), MilestoneStatus.DONE);
                    System.out.println("TICK " + planId + " " + m.id());
                    System.out.flush();
                }
            }
        }
    }
}
