package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.Cadence;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Readiness;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteAssessmentRepository;
import io.ascent.persistence.sqlite.SqliteCheckInRepository;
import io.ascent.persistence.sqlite.SqliteRhythmRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckInServiceTest {

    private static final Clock MAY = Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private PlanFixture app;
    private Database database;
    private PlanService plans;
    private long planId;

    @BeforeEach
    void open() {
        app = PlanFixture.open(dir.resolve("a.db"), MAY);
        database = app.database;
        plans = app.plans;
        planId = plans.create(new PlanDraft("Mine", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private CheckInService service(Clock clock) {
        return new CheckInService(new SqliteCheckInRepository(database), new SqliteRhythmRepository(database), clock);
    }

    @Test
    void aCheckInSnapshotsRatingsReadinessAndDoneMilestones() {
        PlanSnapshot view = plans.open(planId);
        plans.setStatus(planId, view.progressOf("performance-metrics.senior-pm.1"), MilestoneStatus.DONE);
        view = plans.open(planId);

        var checkIn = service(MAY)
                .checkIn(view, Map.of("analytical-skills", new Rating("analytical-skills", "pm", "")), "  First  ");

        assertThat(checkIn.ratings()).containsExactly(Map.entry("analytical-skills", "pm"));
        // One of the 42 required milestones (PM to Senior PM in Growth, CHANGES.md) is done.
        assertThat(checkIn.readiness()).isEqualTo(new Readiness(1, 42));
        assertThat(checkIn.doneMilestoneIds()).containsExactly("performance-metrics.senior-pm.1");
        assertThat(checkIn.note()).isEqualTo("First");
        assertThat(service(MAY).history(planId)).containsExactly(checkIn);
    }

    @Test
    void aReminderIsDueOnlyAfterTheDefaultFourWeeksWithoutACheckIn() {
        PlanSnapshot view = plans.open(planId);
        assertThat(service(MAY).reminderDue(view, service(MAY).history(planId))).isFalse();
        assertThat(service(JULY).reminderDue(view, service(JULY).history(planId)))
                .isTrue();

        service(JULY).checkIn(view, Map.of(), "");

        assertThat(service(JULY).reminderDue(view, service(JULY).history(planId)))
                .isFalse();
    }

    @Test
    void theReminderFollowsThePlansCheckInCadence() {
        Clock june15 = Clock.fixed(Instant.parse("2026-06-15T09:00:00Z"), ZoneOffset.UTC);
        PlanSnapshot view = plans.open(planId);
        // 45 days after the plan was made: past the default 4 weeks, within 8 weeks.
        assertThat(service(june15).reminderDue(view, List.of())).isTrue();

        new SqliteRhythmRepository(database).saveCadence(planId, Cadence.DEFAULT.withCheckInWeeks(8), june15.instant());

        assertThat(service(june15).reminderDue(view, List.of())).isFalse();
        assertThat(service(june15).checkInWeeks(planId)).isEqualTo(8);
        assertThat(service(JULY).reminderDue(view, List.of())).isTrue();
    }

    @Test
    void aTooLongNoteIsRefusedAndNothingStored() {
        PlanSnapshot view = plans.open(planId);

        assertThatThrownBy(() -> service(MAY).checkIn(view, Map.of(), "n".repeat(10_000)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("The note is too long");
        assertThat(service(MAY).history(planId)).isEmpty();
    }

    @Test
    void aRatingOfAnotherSpecializationOrAnUnknownLevelIsRefused() {
        PlanSnapshot view = plans.open(planId);
        var assessments = new AssessmentService(new SqliteAssessmentRepository(database), MAY);

        assertThatThrownBy(() -> assessments.save(
                        view, "accessibility", Optional.empty(), Optional.of(new Rating("accessibility", "pm", ""))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no competency 'accessibility'");
        assertThatThrownBy(() -> assessments.save(
                        view,
                        "analytical-skills",
                        Optional.empty(),
                        Optional.of(new Rating("analytical-skills", "cto", ""))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'cto' is not a level");
        assertThat(assessments.ratings(planId)).isEmpty();
    }
}
