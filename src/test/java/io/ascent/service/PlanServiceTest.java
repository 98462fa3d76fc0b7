package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Readiness;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqlitePlanRepository;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-10T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private PlanFixture app;
    private Database database;
    private PlanService service;

    @BeforeEach
    void open() {
        app = PlanFixture.open(dir.resolve("ascent.db"), CLOCK);
        database = app.database;
        service = app.plans;
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static PlanDraft draft(String current, String target) {
        return new PlanDraft("Road", "pm-default", current, target, "growth", Optional.empty());
    }

    @Test
    void openedPlanHasItsRequiredMilestonesAndNoneDone() {
        long id = service.create(draft("pm", "senior-pm")).id();

        PlanSnapshot view = service.open(id);

        // CHANGES.md: PM to Senior PM in Growth is 21 cells of "2 of 3".
        assertThat(view.items()).hasSize(63).allMatch(m -> m.levelId().equals("senior-pm"));
        assertThat(view.readiness().done()).isZero();
        assertThat(view.readiness().required()).isEqualTo(42);
    }

    @Test
    void tickingRaisesReadinessAndIsDatedToday() {
        long id = service.create(draft("pm", "senior-pm")).id();
        PlanSnapshot view = service.open(id);
        String first = "product-strategy.senior-pm.1";

        var saved = service.setStatus(id, view.progressOf(first), MilestoneStatus.DONE);
        PlanSnapshot after = service.open(id);

        assertThat(saved.doneDate()).contains(LocalDate.of(2026, 5, 10));
        assertThat(after.progressOf(first).status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(after.readiness()).isEqualTo(new Readiness(1, 42));
    }

    @Test
    void targetMustBeAboveCurrent() {
        assertThatThrownBy(() -> service.create(draft("senior-pm", "pm")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("must be above");
    }

    @Test
    void unknownLevelAndSpecializationAreExplained() {
        assertThatThrownBy(() -> service.create(draft("cto", "director")))
                .hasMessageContaining("Unknown current level 'cto'");
        assertThatThrownBy(() ->
                        service.create(new PlanDraft("R", "pm-default", "pm", "director", "sales", Optional.empty())))
                .hasMessageContaining("'sales' is not a specialization of Product Management ladder");
    }

    @Test
    void targetDateInThePastIsRefused() {
        assertThatThrownBy(() -> service.create(new PlanDraft(
                        "R", "pm-default", "pm", "director", "growth", Optional.of(LocalDate.of(2026, 5, 9)))))
                .hasMessageContaining("in the past");
    }

    @Test
    void duplicateNamesAreRefusedOnCreateAndRename() {
        service.create(draft("pm", "senior-pm"));
        long other = service.create(new PlanDraft("Other", "pm-default", "pm", "director", "growth", Optional.empty()))
                .id();

        assertThatThrownBy(() -> service.create(draft("pm", "director"))).hasMessageContaining("already exists");
        assertThatThrownBy(() -> service.rename(other, "Road")).hasMessageContaining("already exists");
        assertThat(service.plans()).hasSize(2);
    }

    @Test
    void unknownFrameworkIsExplained() {
        long id = service.create(draft("pm", "senior-pm")).id();
        var repo = new SqlitePlanRepository(database);
        try {
            database.withConnection(c -> {
                try (var st = c.prepareStatement("UPDATE plan SET framework_id = 'acme' WHERE id = ?")) {
                    st.setLong(1, id);
                    return st.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        assertThat(repo.findById(id)).isPresent();
        assertThatThrownBy(() -> service.open(id)).hasMessageContaining("'acme', which is not installed");
    }
}
