package io.ascent.bench;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanSnapshot;
import io.ascent.persistence.sqlite.Database;
import io.ascent.service.PlanService;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tick: a milestone ticked through {@link PlanService#setStatus} and committed, against the
 * floor, one prepared UPDATE by primary key in autocommit on the same connection and pragmas.
 */
final class TickFigures {

    private TickFigures() {}

    static void run(Path databaseFile, Framework framework, Timer timer, Consumer<Figure> report) {
        try (AppContext context = AppContext.open(databaseFile, Clock.systemDefaultZone())) {
            Database database = context.database();
            PlanService plans = context.plans();
            PlanSnapshot view = plans.open(1);
            String ticked = view.items().get(0).id();
            String updated = view.items().get(1).id();
            MilestoneProgress[] shown = {view.progressOf(ticked)};
            boolean[] done = {false};
            synchronized (database) {
                try (PreparedStatement update = database.withConnection(
                        c -> c.prepareStatement(
                                "UPDATE milestone_progress SET status = ?, done_date = ? WHERE plan_id = ? AND milestone_id = ?"))) {
                    List<Samples> samples = timer.alternate(
                            () -> {
                                MilestoneStatus next = shown[0].isDone() ? MilestoneStatus.TODO : MilestoneStatus.DONE;
                                shown[0] = plans.setStatus(1, shown[0], next);
                            },
                            () -> {
                                done[0] = !done[0];
                                update.setString(1, done[0] ? "DONE" : "TODO");
                                update.setString(2, done[0] ? "2026-03-02" : null);
                                update.setLong(3, 1);
                                update.setString(4, updated);
                                if (update.executeUpdate() != 1) {
                                    throw new IllegalStateException("the baseline UPDATE changed no row");
                                }
                            });
                    report.accept(Figure.against(
                            "tick",
                            samples.get(0).median(),
                            samples.get(1).median(),
                            "ms",
                            Goal.atMost(1).andRatioAtMost(3)));
                } catch (SQLException e) {
                    throw new IllegalStateException("tick baseline failed: " + e.getMessage(), e);
                }
            }
        }
    }
}
