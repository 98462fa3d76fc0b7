package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Rating;
import io.ascent.domain.storage.SaveResult;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two front ends on one real SQLite file, each with its own connection (two windows, or a window
 * and the command line): a save based on what is no longer stored writes nothing.
 */
class CompareAndSetTest {

    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-05-04T09:05:00Z");
    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    @TempDir
    Path dir;

    @Test
    void aWindowsStaleProgressDoesNotOverwriteATickSavedThroughAnotherConnection() {
        Path file = dir.resolve("ascent.db");
        try (Database window = Database.open(file);
                Database terminal = Database.open(file)) {
            var windowRepo = new SqlitePlanRepository(window);
            var terminalRepo = new SqlitePlanRepository(terminal);
            long planId = windowRepo
                    .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()), T0)
                    .id();
            MilestoneProgress shown = windowRepo.progress(planId).getOrDefault("m1", MilestoneProgress.todo("m1"));
            MilestoneProgress ticked =
                    shown.withStatus(MilestoneStatus.DONE, MAY).withEvidence("Marked done on the command line");
            assertThat(terminalRepo.saveProgress(planId, shown, ticked, T0).saved())
                    .isTrue();

            SaveResult<MilestoneProgress> result =
                    windowRepo.saveProgress(planId, shown, shown.withEvidence("Typed in the window"), T1);

            assertThat(result.saved()).isFalse();
            assertThat(result.stored()).isEqualTo(ticked);
            assertThat(terminalRepo.progress(planId).get("m1")).isEqualTo(ticked);
            assertThat(windowRepo.findById(planId).orElseThrow().updatedAt()).isEqualTo(T0);
        }
    }

    @Test
    void aSaveBasedOnWhatIsStoredGoesThroughFromEitherConnection() {
        Path file = dir.resolve("ascent.db");
        try (Database window = Database.open(file);
                Database terminal = Database.open(file)) {
            var windowRepo = new SqlitePlanRepository(window);
            long planId = windowRepo
                    .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()), T0)
                    .id();
            MilestoneProgress ticked = MilestoneProgress.todo("m1").withStatus(MilestoneStatus.DONE, MAY);
            new SqlitePlanRepository(terminal).saveProgress(planId, MilestoneProgress.todo("m1"), ticked, T0);

            MilestoneProgress fresh = windowRepo.progress(planId).get("m1");
            SaveResult<MilestoneProgress> result =
                    windowRepo.saveProgress(planId, fresh, fresh.withEvidence("Typed in the window"), T1);

            assertThat(result.saved()).isTrue();
            assertThat(new SqlitePlanRepository(terminal).progress(planId).get("m1"))
                    .isEqualTo(ticked.withEvidence("Typed in the window"));
        }
    }

    @Test
    void aStaleRatingDoesNotOverwriteOneSavedThroughAnotherConnectionNorBringBackOneClearedThere() {
        Path file = dir.resolve("ascent.db");
        try (Database window = Database.open(file);
                Database other = Database.open(file)) {
            long planId = new SqlitePlanRepository(window)
                    .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()), T0)
                    .id();
            var windowRepo = new SqliteAssessmentRepository(window);
            var otherRepo = new SqliteAssessmentRepository(other);
            Optional<Rating> shown = Optional.of(new Rating("performance-metrics", "pm", ""));
            windowRepo.saveRating(planId, "performance-metrics", Optional.empty(), shown, T0);
            Optional<Rating> theirs = Optional.of(new Rating("performance-metrics", "pm", "Owns the metric tree"));
            otherRepo.saveRating(planId, "performance-metrics", shown, theirs, T0);

            var result = windowRepo.saveRating(
                    planId,
                    "performance-metrics",
                    shown,
                    Optional.of(new Rating("performance-metrics", "senior-pm", "")),
                    T1);

            assertThat(result.saved()).isFalse();
            assertThat(result.stored()).isEqualTo(theirs);
            assertThat(otherRepo.ratings(planId)).containsEntry("performance-metrics", theirs.orElseThrow());

            // when: the other connection clears it, and the window still shows it rated
            otherRepo.saveRating(planId, "performance-metrics", theirs, Optional.empty(), T1);
            var stale = windowRepo.saveRating(
                    planId,
                    "performance-metrics",
                    theirs,
                    Optional.of(new Rating("performance-metrics", "pm", "Edited here")),
                    T1);

            // then: the rating is not brought back
            assertThat(stale.saved()).isFalse();
            assertThat(stale.stored()).isEmpty();
            assertThat(otherRepo.ratings(planId)).isEmpty();
        }
    }

    @Test
    void theChangeCounterMovesForCommitsOfAnotherConnectionOnly() {
        Path file = dir.resolve("ascent.db");
        try (Database window = Database.open(file);
                Database terminal = Database.open(file)) {
            var windowRepo = new SqlitePlanRepository(window);
            long planId = windowRepo
                    .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()), T0)
                    .id();
            long before = window.changesElsewhere();

            windowRepo.saveProgress(
                    planId,
                    MilestoneProgress.todo("m1"),
                    MilestoneProgress.todo("m1").withNotes("Mine"),
                    T1);
            assertThat(window.changesElsewhere()).isEqualTo(before);

            new SqlitePlanRepository(terminal)
                    .saveProgress(
                            planId,
                            MilestoneProgress.todo("m2"),
                            MilestoneProgress.todo("m2").withNotes("Theirs"),
                            T1);
            assertThat(window.changesElsewhere()).isNotEqualTo(before);
        }
    }

    @Test
    void aRowAnotherToolWroteInItsOwnWayIsEditedWhenItReadsAsTheWindowShowsIt() throws Exception {
        try (Database db = Database.open(dir.resolve("ascent.db"))) {
            var repo = new SqlitePlanRepository(db);
            long planId = repo.create(
                            new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()), T0)
                    .id();
            db.withConnection(c -> {
                try (var st = c.prepareStatement("INSERT INTO milestone_progress (plan_id, milestone_id, status, "
                        + "evidence, links, updated_at) VALUES (?, 'm1', 'TODO', 'Theirs', "
                        + "'\n\nhttps://docs.example.com/m1\n', '2026-05-01T00:00:00Z')")) {
                    st.setLong(1, planId);
                    return st.executeUpdate();
                }
            });
            MilestoneProgress shown = repo.progress(planId).get("m1");
            assertThat(shown.links()).containsExactly("https://docs.example.com/m1");

            SaveResult<MilestoneProgress> result = repo.saveProgress(planId, shown, shown.withNotes("Mine"), T1);

            assertThat(result.saved()).isTrue();
            assertThat(repo.progress(planId).get("m1")).isEqualTo(shown.withNotes("Mine"));
        }
    }
}
