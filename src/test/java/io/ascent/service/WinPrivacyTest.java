package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.review.EvidenceChoice;
import io.ascent.domain.review.EvidenceItem;
import io.ascent.domain.review.RequestContents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private win never reaches anything meant for others: the printed plan (PDF text and bytes),
 * the Markdown export and a review request file; the shareable ones do, as wins and as evidence
 * for the milestones they count for.
 */
class WinPrivacyTest {

    @TempDir
    Path dir;

    private AppContext app;
    private long planId;

    @BeforeEach
    void plan() {
        app = AppContext.open(dir.resolve("ascent.db"), PlanFixture.CLOCK);
        planId = app.plans()
                .create(new PlanDraft("Road", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
        var view = app.plans().open(planId);
        String first = view.items().get(0).id();
        app.plans().setStatus(planId, view.progressOf(first), MilestoneStatus.DONE);
        PlanFixture.addWins(app.plans(), app.wins(), planId);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void thePrintedPlanShowsShareableWinsAndNeverThePrivateOne() throws IOException {
        byte[] pdf = app.exports().render(planId, ExportFormat.PDF, true);
        String text = text(pdf);

        assertThat(text).contains("Launched onboarding v2", "Day-7 retention: 31% \u2192 36%", "Win: ");
        assertThat(text).doesNotContain(PlanFixture.SECRET_WIN).doesNotContain("Only for me.");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("negotiated my own raise");
    }

    @Test
    void theMarkdownExportShowsShareableWinsAndNeverThePrivateOne() {
        String md = new String(app.exports().render(planId, ExportFormat.MD, true), StandardCharsets.UTF_8);

        assertThat(md)
                .contains("## Wins", "### Launched onboarding v2", "Mentee promoted to PM")
                .contains("- Win: ")
                .doesNotContain(PlanFixture.SECRET_WIN)
                .doesNotContain("Only for me.");
    }

    @Test
    void aReviewRequestCarriesShareableWinsAsEvidenceAndNeverThePrivateOne() throws IOException {
        Path file = dir.resolve("request.json");

        var request = app.reviews()
                .requests()
                .request(
                        planId,
                        new RequestContents.Choices(Optional.of("Ana"), false, EvidenceChoice.DONE),
                        file,
                        false);

        assertThat(request.evidence())
                .filteredOn(e -> e.kind().equals(EvidenceItem.WIN))
                .extracting(EvidenceItem::title)
                .containsExactlyInAnyOrder(
                        "Launched onboarding v2", "Unblocked the payments partner", "Mentee promoted to PM");
        String bytes = Files.readString(file);
        assertThat(bytes).contains("\"kind\" : \"win\"", "Impact: Day-7 retention: 31% \u2192 36% \u00b7 led");
        assertThat(bytes).doesNotContain("negotiated my own raise").doesNotContain("Only for me.");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
