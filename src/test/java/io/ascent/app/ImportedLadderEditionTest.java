package io.ascent.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.storage.Backup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported ladder's new edition moves progress along its {@code replaces} as soon as it is
 * imported, like the shipped ladder's does when the database opens (docs/decisions/0006).
 */
class ImportedLadderEditionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static String secondEdition() throws IOException {
        try (InputStream in = ImportedLadderEditionTest.class.getResourceAsStream("/frameworks/two-tracks.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The same ladder before "loops.senior.1" replaced "loops.senior.old". */
    private static String firstEdition() throws IOException {
        return secondEdition()
                .replace("\"version\": \"2\"", "\"version\": \"1\"")
                .replace("\"id\": \"loops.senior.1\"", "\"id\": \"loops.senior.old\"")
                .replace("\"replaces\": [\"loops.senior.old\"],", "");
    }

    @Test
    void importingTheNextEditionMovesProgressToTheMilestoneThatReplacedItsOwn() throws IOException {
        try (AppContext app = AppContext.open(dir.resolve("ascent.db"), CLOCK)) {
            app.frameworks().importJson(firstEdition().getBytes(StandardCharsets.UTF_8), "two-tracks.json");
            long plan = app.plans()
                    .create(new PlanDraft("Loops", "two-tracks", "pm", "senior", "growth", Optional.empty()))
                    .id();
            var view = app.plans().open(plan);
            app.plans()
                    .saveProgress(
                            plan,
                            view.progressOf("loops.senior.old"),
                            view.progressOf("loops.senior.old")
                                    .withStatus(
                                            MilestoneStatus.DONE,
                                            view.plan()
                                                    .createdAt()
                                                    .atZone(ZoneOffset.UTC)
                                                    .toLocalDate())
                                    .withEvidence("Referral loop +4% against the holdout"));
            assertThat(app.backups().backups()).isEmpty();

            app.frameworks().importJson(secondEdition().getBytes(StandardCharsets.UTF_8), "two-tracks.json");

            var after = app.plans().open(plan);
            assertThat(after.progress()).doesNotContainKey("loops.senior.old");
            assertThat(after.progressOf("loops.senior.1").isDone()).isTrue();
            assertThat(after.progressOf("loops.senior.1").evidence())
                    .isEqualTo("Referral loop +4% against the holdout");
            assertThat(app.backups().backups()).extracting(Backup::reason).containsExactly(Backup.BEFORE_LADDER_UPDATE);
        }
    }

    @Test
    void aDatabaseWithNothingToMoveGetsNoBackupWhenOpened() {
        try (AppContext app = AppContext.open(dir.resolve("ascent.db"), CLOCK)) {
            app.plans().create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
        }
        try (AppContext again = AppContext.open(dir.resolve("ascent.db"), CLOCK)) {
            assertThat(again.backups().backups()).isEmpty();
        }
    }
}
