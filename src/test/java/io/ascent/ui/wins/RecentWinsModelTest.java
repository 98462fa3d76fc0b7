package io.ascent.ui.wins;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Cadence;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Win;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.session.EditHistory;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.RhythmSession;
import io.ascent.ui.session.StatusLine;
import io.ascent.ui.session.WinsSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentWinsModelTest {

    @TempDir
    Path dir;

    private static final Clock CREATED = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void theDashboardNudgesOnceTheCadencePassesWithoutAWinAndListsTheLastThree() {
        Path db = dir.resolve("a.db");
        try (AppContext app = AppContext.open(db, CREATED)) {
            app.plans().create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
        }
        try (AppContext app = AppContext.open(db, LATER)) {
            SameThreadTaskRunner runner = new SameThreadTaskRunner();
            StatusLine status = new StatusLine();
            PlanSession session = new PlanSession(app.plans(), runner, status);
            session.load(Optional.empty());
            WinsSession wins =
                    new WinsSession(session, app.wins(), runner, status, new EditHistory(session, runner, status));
            RecentWinsModel model = new RecentWinsModel(
                    session, wins, new RhythmSession(session, app.rhythms()::cadence, runner, status), LATER);

            // 74 days without a win since the plan was made.
            assertThat(model.nudgeProperty().get()).isEqualTo("No win logged yet. What went well lately?");

            wins.add(Win.of(LocalDate.of(2026, 1, 10), "January launch"));
            assertThat(model.nudgeProperty().get()).isEqualTo("No win logged in 9 weeks. What went well lately?");

            for (int day = 1; day <= 3; day++) {
                wins.add(Win.of(LocalDate.of(2026, 3, day), "March win " + day));
            }
            assertThat(model.nudgeProperty().get()).isEmpty();
            wins.add(Win.of(LocalDate.of(2026, 3, 4), "Interviewing elsewhere").withShareable(false));
            assertThat(model.recent())
                    .containsExactly(
                            new RecentWinsModel.Line("Mar 4, 2026 \u2014 Interviewing elsewhere", true),
                            new RecentWinsModel.Line("Mar 3, 2026 \u2014 March win 3", false),
                            new RecentWinsModel.Line("Mar 2, 2026 \u2014 March win 2", false));
        }
    }

    @Test
    void theNudgeWaitsThePlansCheckInCadenceAndFollowsAChangeOfIt() {
        Path db = dir.resolve("b.db");
        long planId;
        try (AppContext app = AppContext.open(db, CREATED)) {
            planId = app.plans()
                    .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            app.rhythms().setCadence(planId, Cadence.DEFAULT.withCheckInWeeks(12));
        }
        try (AppContext app = AppContext.open(db, LATER)) {
            SameThreadTaskRunner runner = new SameThreadTaskRunner();
            StatusLine status = new StatusLine();
            PlanSession session = new PlanSession(app.plans(), runner, status);
            session.load(Optional.empty());
            WinsSession wins =
                    new WinsSession(session, app.wins(), runner, status, new EditHistory(session, runner, status));
            RhythmSession rhythm = new RhythmSession(session, app.rhythms()::cadence, runner, status);
            RecentWinsModel model = new RecentWinsModel(session, wins, rhythm, LATER);

            // 74 days without a win: within a check-in every 12 weeks (84 days).
            assertThat(model.nudgeProperty().get()).isEmpty();

            app.rhythms().setCadence(planId, Cadence.DEFAULT);
            rhythm.changed();

            // Beyond a check-in every 4 weeks (28 days).
            assertThat(model.nudgeProperty().get()).isEqualTo("No win logged yet. What went well lately?");
        }
    }
}
