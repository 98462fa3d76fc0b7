package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Impact;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.domain.Wins;
import io.ascent.domain.packet.PacketPeriod;
import io.ascent.domain.review.Decision;
import io.ascent.domain.review.EvidenceItem;
import io.ascent.domain.review.EvidenceVerdict;
import io.ascent.domain.review.ManagerRating;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.review.ReviewAnswer;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.domain.review.ReviewerIdentity;
import io.ascent.service.PlanFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promotion packet of a realistic plan with wins and a manager review: every section found
 * by text extraction, the committee's questions the crafted plan calls for, no private win, a
 * few pages.
 */
class PacketTest {

    private static final PacketPeriod YEAR = new PacketPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 28));

    @TempDir
    Path dir;

    private PlanFixture app;
    private long planId;
    private List<Win> wins;

    @BeforeEach
    void plan() {
        app = PlanFixture.open(dir.resolve("a.db"));
        planId = app.realisticPlan("Road to Senior PM");
        wins = app.addWins(planId);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Dana rates two competencies, confirms the launch win and the first milestone, and says "ready by". */
    private ReceivedReview review() {
        PlanSnapshot view = app.plans.open(planId);
        ReviewDraft draft = new ReviewDraft(
                List.of(
                        new ManagerRating("product-strategy", Optional.of("senior-pm"), ""),
                        new ManagerRating("roadmap-prioritization", Optional.of("apm"), "Escalates trade-offs.")),
                List.of(
                        new EvidenceVerdict(
                                EvidenceItem.WIN,
                                Wins.evidenceIds(wins).get(wins.get(0).id()),
                                EvidenceVerdict.Verdict.CONFIRMED,
                                ""),
                        new EvidenceVerdict(
                                EvidenceItem.MILESTONE,
                                view.items().get(0).id(),
                                EvidenceVerdict.Verdict.CONFIRMED,
                                "")),
                "",
                Optional.of(Decision.readyBy(LocalDate.of(2027, 6, 30))));
        Instant now = PlanFixture.CLOCK.instant();
        return new ReceivedReview(
                1,
                planId,
                new ReviewAnswer(UUID.randomUUID(), UUID.randomUUID(), "Dana Lee", now, draft),
                new ReviewerIdentity("Dana Lee", Base64.getEncoder().encodeToString(realKey())),
                now,
                now);
    }

    private PacketReport packet(Optional<ReceivedReview> review, PacketPeriod period) {
        return PacketBuilder.build(
                app.plans.open(planId),
                app.assessments.ratings(planId),
                app.wins.wins(planId),
                review,
                period,
                LocalDate.of(2026, 11, 28));
    }

    @Test
    void everySectionIsInThePdfWithTheReviewAndNoPrivateWin() throws IOException {
        byte[] pdf = new PdfPacketWriter().write(packet(Optional.of(review()), YEAR));
        String text = flat(text(pdf));

        assertThat(text)
                .contains("Promotion packet: Road to Senior PM")
                .contains("From Product Manager to Senior PM")
                .contains("Evidence from Jan 1, 2026 to Nov 28, 2026")
                .contains("Readiness: ")
                .contains("Manager’s latest decision: Ready by Jun 30, 2027 (Dana Lee)")
                .contains("Questions a promotion committee will ask")
                .contains("Competency by competency")
                .contains("Product strategy and vision")
                .contains("Self rating: Senior PM · Manager rating: Senior PM")
                .contains(
                        "Launched onboarding v2 · Oct 2, 2026 · Day-7 retention: 31% → 36% · led · confirmed by the manager")
                .contains("Milestones done")
                .contains("Still open:")
                .contains("Road to Senior PM · Promotion packet page 1 of");
        assertThat(text).doesNotContain(PlanFixture.SECRET_WIN).doesNotContain("Only for me");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("negotiated my own raise");
        assertThat(text).doesNotContain(PlanFixture.SECRET_NOTE);
    }

    @Test
    void theCraftedPlanGetsTheQuestionsItsFactsCallFor() {
        List<String> withReview = packet(Optional.of(review()), YEAR).questions();

        assertThat(withReview)
                .contains(
                        "Roadmap development and prioritization: your rating is 2 or more levels above your manager’s."
                                + " Where do you see it differently?")
                .contains("“Unblocked the payments partner”: the impact has no metric and no value before."
                        + " Which number moved, from what, to what?")
                .anyMatch(q -> q.endsWith(
                        "required at the target level, yet nothing in this period shows it." + " What shows it?"))
                .anyMatch(q ->
                        q.startsWith("Communication and stakeholder negotiation: your manager’s review confirmed none"))
                .noneMatch(q -> q.startsWith("Product strategy and vision: your manager’s review"))
                .noneMatch(q -> q.startsWith("Nothing was logged"))
                .noneMatch(q -> q.contains("Launched onboarding v2"));

        List<String> withoutReview = packet(Optional.empty(), YEAR).questions();
        assertThat(withoutReview).noneMatch(q -> q.contains("your manager")).noneMatch(q -> q.contains("levels above"));

        // A period ending in June 2027 has nothing in its last 90 days.
        List<String> later = packet(
                        Optional.empty(), new PacketPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)))
                .questions();
        assertThat(later).contains("Nothing was logged in the last 90 days of the period. What have you done lately?");
    }

    @Test
    void winsOutsideThePeriodAreLeftOutAndEachCompetencyShowsAtMostThreeMostImpactfulFirst() {
        PlanSnapshot view = app.plans.open(planId);
        for (int i = 0; i < 5; i++) {
            app.wins.add(
                    view,
                    Win.of(LocalDate.of(2026, 6, 1 + i), "Metric review " + i)
                            .withImpact(i == 4 ? new Impact("NPS", "30", "41", "led") : Impact.NONE)
                            .withTags(List.of("performance-metrics"), List.of()));
        }
        app.wins.add(
                view, Win.of(LocalDate.of(2025, 6, 1), "Too old").withTags(List.of("performance-metrics"), List.of()));

        PacketReport.Section metrics = packet(Optional.empty(), YEAR).sections().stream()
                .filter(s -> s.title().equals("Performance metrics and analysis"))
                .findFirst()
                .orElseThrow();

        assertThat(metrics.wins()).hasSize(3);
        assertThat(metrics.wins().get(0).title()).isEqualTo("Launched onboarding v2");
        assertThat(metrics.wins().get(1).title()).isEqualTo("Metric review 4");
        assertThat(metrics.moreWins()).isEqualTo(3);
        assertThat(metrics.wins()).noneMatch(w -> w.title().equals("Too old"));
    }

    @Test
    void fortyWinsMakeAFewPagesAndTheMarkdownSaysTheSame() throws IOException {
        PlanSnapshot view = app.plans.open(planId);
        List<String> competencies = view.framework().competenciesFor("growth").stream()
                .map(c -> c.id())
                .toList();
        List<Win> more = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            more.add(app.wins.add(
                    view,
                    new Win(
                            0,
                            LocalDate.of(2026, 1 + i % 11, 1 + i % 27),
                            "Win number " + i + " with a title of ordinary length",
                            "What happened, in two sentences. It mattered to the team.",
                            new Impact("Metric " + i, i + "%", (i + 3) + "%", "led"),
                            List.of(),
                            List.of(competencies.get(i % competencies.size())),
                            List.of(),
                            true)));
        }
        PacketReport report = packet(Optional.of(review()), YEAR);

        byte[] pdf = new PdfPacketWriter().write(report);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 8);
        }
        String md = new MarkdownPacketWriter().write(report);
        assertThat(md)
                .startsWith("# Promotion packet: Road to Senior PM\n")
                .contains("## Questions a promotion committee will ask", "## Competency by competency")
                .contains("### Product strategy and vision")
                .doesNotContain(PlanFixture.SECRET_WIN);
        assertThat(more).hasSize(36);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Extracted text with line breaks joined, as wrapped lines break sentences. */
    private static String flat(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** A real Ed25519 public key: reviewer identities refuse anything else. */
    private static byte[] realKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519")
                    .generateKeyPair()
                    .getPublic()
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
