package io.ascent.service;

import static io.ascent.service.ReviewParties.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Impact;
import io.ascent.domain.Win;
import io.ascent.domain.review.EvidenceChoice;
import io.ascent.domain.review.EvidenceItem;
import io.ascent.domain.review.EvidenceVerdict;
import io.ascent.domain.review.RequestContents;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.domain.review.ReviewRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ids of wins in a review request say nothing about other wins: a private win logged among
 * the shareable ones leaves them as they are (database ids would show a gap). The manager's
 * confirmation still comes back to the win: the packet says "confirmed by the manager".
 */
class WinEvidenceIdsTest {

    static final Clock ASKED = ReviewRoundTripTest.ASKED;
    static final Clock ANSWERED = ReviewRoundTripTest.ANSWERED;

    @TempDir
    Path dir;

    private static ReviewParties parties(Path folder) {
        try {
            return new ReviewParties(Files.createDirectories(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs the fixture's wins (after a private one if asked), asks for a review; the wins' ids in it. */
    private static List<String> winIds(ReviewParties parties, boolean privateWinFirst) {
        return with(parties.person, ASKED, app -> {
            long planId = app.plans().plans().get(0).id();
            if (privateWinFirst) {
                app.wins().add(app.plans().open(planId), hidden());
            }
            PlanFixture.addWins(app.plans(), app.wins(), planId);
            ReviewRequest request =
                    app.reviews().requests().request(planId, choices(), parties.dir.resolve("r"), false);
            return request.evidence().stream()
                    .filter(e -> e.kind().equals(EvidenceItem.WIN))
                    .map(EvidenceItem::id)
                    .toList();
        });
    }

    private static Win hidden() {
        return new Win(
                0,
                LocalDate.of(2026, 9, 1),
                "Interviewing elsewhere",
                "",
                Impact.NONE,
                List.of(),
                List.of("product-strategy"),
                List.of(),
                false);
    }

    private static RequestContents.Choices choices() {
        return new RequestContents.Choices(Optional.of("Alex Kim"), false, EvidenceChoice.DONE);
    }

    @Test
    void aPrivateWinLeavesNoTraceInTheIdsOfTheWinsShown() {
        List<String> without = winIds(parties(dir.resolve("a")), false);
        List<String> with = winIds(parties(dir.resolve("b")), true);

        assertThat(without).hasSize(3).doesNotHaveDuplicates().isEqualTo(with);
        assertThat(with).noneMatch(id -> id.matches("\\d+"));
    }

    @Test
    void theManagersConfirmationOfAWinReachesThePacket() {
        ReviewParties parties = parties(dir.resolve("p"));
        winIds(parties, true);
        Path request = parties.dir.resolve("r");
        Path response = parties.dir.resolve("dana.ascent-review-response");
        with(parties.reviewer, ANSWERED, app -> {
            ReviewRequest opened = app.reviews().answers().open(request).request();
            List<EvidenceVerdict> verdicts = opened.evidence().stream()
                    .filter(e -> e.title().equals("Launched onboarding v2"))
                    .map(e -> new EvidenceVerdict(e.kind(), e.id(), EvidenceVerdict.Verdict.CONFIRMED, ""))
                    .toList();
            assertThat(verdicts).hasSize(1);
            app.reviews().answers().saveDraft(opened.id(), new ReviewDraft(List.of(), verdicts, "", Optional.empty()));
            return app.reviews().answers().send(opened.id(), "Dana Lee", response, false);
        });

        String packet = with(parties.person, ANSWERED, app -> {
            app.reviews().imports().importResponse(response, false);
            long planId = app.plans().plans().get(0).id();
            return new String(
                    app.packets().render(planId, ExportFormat.MD, app.packets().defaultPeriod()),
                    StandardCharsets.UTF_8);
        });
        assertThat(packet).containsPattern("Launched onboarding v2[^\\n]*confirmed by the manager");
    }
}
