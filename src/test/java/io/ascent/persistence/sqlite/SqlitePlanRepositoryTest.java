package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanDraft;
import io.ascent.persistence.PersistenceException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlitePlanRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-02T10:30:00Z");

    @TempDir
    Path dir;

    private static PlanDraft draft(String name) {
        return new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.of(LocalDate.of(2027, 6, 30)));
    }

    @Test
    void createdPlansAreListedByName() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);
            repo.create(draft("Zeta"), T0);
            repo.create(draft("alpha"), T0);

            assertThat(repo.findAll()).extracting(Plan::name).containsExactly("alpha", "Zeta");
        }
    }

    @Test
    void ticksSurviveReopeningTheFile() {
        Path file = dir.resolve("sub/folder/ascent.db");
        long planId;
        try (Database db = Database.open(file)) {
            var repo = new SqlitePlanRepository(db);
            planId = repo.create(draft("Road to Senior PM 🚀"), T0).id();
            repo.saveProgress(
                    planId,
                    MilestoneProgress.todo("m1"),
                    MilestoneProgress.todo("m1")
                            .withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 3, 2))
                            .withEvidence("Shipped the onboarding test; +4% D7."),
                    T1);
            repo.saveProgress(
                    planId,
                    MilestoneProgress.todo("m2"),
                    MilestoneProgress.todo("m2").withStatus(MilestoneStatus.IN_PROGRESS, LocalDate.of(2026, 3, 2)),
                    T1);
        }

        try (Database db = Database.open(file)) {
            var repo = new SqlitePlanRepository(db);
            Plan plan = repo.findById(planId).orElseThrow();
            var progress = repo.progress(planId);

            assertThat(plan.name()).isEqualTo("Road to Senior PM 🚀");
            assertThat(plan.targetDate()).contains(LocalDate.of(2027, 6, 30));
            assertThat(plan.updatedAt()).isEqualTo(T1);
            assertThat(progress.get("m1").status()).isEqualTo(MilestoneStatus.DONE);
            assertThat(progress.get("m1").doneDate()).contains(LocalDate.of(2026, 3, 2));
            assertThat(progress.get("m1").evidence()).isEqualTo("Shipped the onboarding test; +4% D7.");
            assertThat(progress.get("m2").status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        }
    }

    @Test
    void untickingOverwritesTheStoredProgress() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);
            long id = repo.create(draft("P"), T0).id();
            var done = MilestoneProgress.todo("m1").withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 3, 2));
            repo.saveProgress(id, MilestoneProgress.todo("m1"), done, T0);
            repo.saveProgress(id, done, done.withStatus(MilestoneStatus.TODO, LocalDate.of(2026, 3, 3)), T1);

            assertThat(repo.progress(id).get("m1").status()).isEqualTo(MilestoneStatus.TODO);
            assertThat(repo.progress(id).get("m1").doneDate()).isEmpty();
        }
    }

    @Test
    void aSaveBasedOnProgressNoLongerStoredWritesNothingAndReturnsWhatIsStored() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);
            long id = repo.create(draft("P"), T0).id();
            MilestoneProgress other = MilestoneProgress.todo("m1")
                    .withEvidence("Written in another window")
                    .withDueDate(Optional.of(LocalDate.of(2026, 4, 1)))
                    .withLinks(List.of("https://docs.example.com/m1"));
            repo.saveProgress(id, MilestoneProgress.todo("m1"), other, T0);

            // when: a window that still shows the milestone without them ticks it
            var result = repo.saveProgress(
                    id,
                    MilestoneProgress.todo("m1"),
                    MilestoneProgress.todo("m1").withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 3, 2)),
                    T1);

            // then: nothing is written, and the caller learns what is stored
            assertThat(result.saved()).isFalse();
            assertThat(result.stored()).isEqualTo(other);
            assertThat(repo.progress(id).get("m1")).isEqualTo(other);
            assertThat(repo.findById(id).orElseThrow().updatedAt()).isEqualTo(T0);
        }
    }

    @Test
    void aSaveOfAMilestoneWithoutStoredProgressStoresIt() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);
            long id = repo.create(draft("P"), T0).id();

            var inProgress =
                    MilestoneProgress.todo("m1").withStatus(MilestoneStatus.IN_PROGRESS, LocalDate.of(2026, 3, 2));
            assertThat(repo.saveProgress(id, MilestoneProgress.todo("m1"), inProgress, T1)
                            .saved())
                    .isTrue();
            repo.saveProgress(
                    id,
                    MilestoneProgress.todo("m2"),
                    MilestoneProgress.todo("m2").withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 3, 2)),
                    T1);

            assertThat(repo.progress(id).get("m1").status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
            assertThat(repo.progress(id).get("m2").doneDate()).contains(LocalDate.of(2026, 3, 2));
            assertThat(repo.findById(id).orElseThrow().updatedAt()).isEqualTo(T1);
        }
    }

    @Test
    void aTickOfAPlanThatIsGoneIsRefusedAndStoresNothing() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);
            var done = MilestoneProgress.todo("m1").withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 3, 2));

            assertThatThrownBy(() -> repo.saveProgress(42, MilestoneProgress.todo("m1"), done, T0))
                    .isInstanceOf(PersistenceException.class);
            assertThat(repo.progress(42)).isEmpty();
        }
    }

    @Test
    void aTickWhosePlanCannotBeTouchedIsRolledBackWholeAndTheNextOneWorks() throws Exception {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);
            long id = repo.create(draft("P"), T0).id();
            try (var st = db.connection().createStatement()) {
                st.execute("CREATE TEMP TRIGGER refuse_touch BEFORE UPDATE OF updated_at ON plan "
                        + "BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
            }
            var done = MilestoneProgress.todo("m1").withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 3, 2));

            assertThatThrownBy(() -> repo.saveProgress(id, MilestoneProgress.todo("m1"), done, T1))
                    .hasMessageContaining("disk says no");
            assertThat(repo.progress(id)).isEmpty();
            assertThat(db.connection().getAutoCommit()).isTrue();

            try (var st = db.connection().createStatement()) {
                st.execute("DROP TRIGGER refuse_touch");
            }
            repo.saveProgress(id, MilestoneProgress.todo("m1"), done, T1);
            assertThat(repo.progress(id).get("m1").status()).isEqualTo(MilestoneStatus.DONE);
        }
    }

    @Test
    void renameAndDelete() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);
            long id = repo.create(draft("Old"), T0).id();
            repo.saveProgress(
                    id,
                    MilestoneProgress.todo("m1"),
                    MilestoneProgress.todo("m1").withStatus(MilestoneStatus.DONE, LocalDate.now()),
                    T0);

            repo.rename(id, "New", T1);
            assertThat(repo.findByName("New")).map(Plan::id).contains(id);

            repo.delete(id);
            assertThat(repo.findAll()).isEmpty();
            assertThat(repo.progress(id)).isEmpty();
        }
    }

    @Test
    void duplicateNameIsExplained() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);
            repo.create(draft("Same"), T0);

            assertThatThrownBy(() -> repo.create(draft("Same"), T0))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("a plan with that name already exists");
        }
    }

    @Test
    void progressOfAMissingPlanIsRefusedAndNothingIsStored() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);

            assertThatThrownBy(() -> repo.saveProgress(
                            42,
                            MilestoneProgress.todo("m1"),
                            MilestoneProgress.todo("m1").withNotes("n"),
                            T0))
                    .isInstanceOf(PersistenceException.class);
            assertThat(repo.progress(42)).isEmpty();
        }
    }

    @Test
    void linksNotesAndDatesSurviveReopeningTheFile() {
        Path file = dir.resolve("links.db");
        long planId;
        var links = List.of("https://docs.example.com/strategy", "mailto:lead@example.com");
        MilestoneProgress edited = MilestoneProgress.todo("m1")
                .withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 3, 2))
                .withDueDate(Optional.of(LocalDate.of(2026, 4, 1)))
                .withEvidence("Ran the test \u2014 +4% D7 \uD83D\uDE80")
                .withNotes("Ask Sam about the holdout.")
                .withLinks(links);
        try (Database db = Database.open(file)) {
            var repo = new SqlitePlanRepository(db);
            planId = repo.create(draft("Links"), T0).id();
            repo.saveProgress(planId, MilestoneProgress.todo("m1"), edited, T1);
        }

        try (Database db = Database.open(file)) {
            var stored = new SqlitePlanRepository(db).progress(planId).get("m1");

            assertThat(stored).isEqualTo(edited);
            assertThat(stored.links()).containsExactlyElementsOf(links);
        }
    }

    @Test
    void removingEveryLinkStoresNone() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            var repo = new SqlitePlanRepository(db);
            long id = repo.create(draft("P"), T0).id();
            var withLink = MilestoneProgress.todo("m1").withLinks(List.of("https://a.example"));
            repo.saveProgress(id, MilestoneProgress.todo("m1"), withLink, T0);
            repo.saveProgress(id, withLink, withLink.withLinks(List.of()), T1);

            assertThat(repo.progress(id).get("m1").links()).isEmpty();
        }
    }
}
