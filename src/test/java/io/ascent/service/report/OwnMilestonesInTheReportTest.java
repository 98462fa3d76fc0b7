package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.report.PlanReport.ChecklistItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A milestone of the user's own prints in the checklist as theirs, with its evidence; a reached plan says so. */
class OwnMilestonesInTheReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), ZoneOffset.UTC);
    private static final OwnMilestone MINE =
            new OwnMilestone("own:k3x9qa", "strategy", "senior", "Led the pricing review", "", false, Instant.EPOCH);

    private static PlanReport report(Optional<LocalDate> reachedOn) {
        Framework ladder = TestFrameworks.twoTracks();
        Plan plan = new Plan(
                1,
                "IC plan",
                "two-tracks",
                "pm",
                "principal",
                "growth",
                Optional.empty(),
                Instant.EPOCH,
                Instant.EPOCH,
                reachedOn);
        Map<String, MilestoneProgress> progress = Map.of(
                MINE.id(),
                MilestoneProgress.todo(MINE.id())
                        .withStatus(MilestoneStatus.DONE, TODAY)
                        .withEvidence("Decision memo adopted by the VP"));
        PlanSnapshot view = PlanSnapshot.of(plan, ladder, List.of(MINE), progress);
        return PlanReportBuilder.build(PlanInsights.of(view, Map.of(), CLOCK), TODAY, false);
    }

    @Test
    void theChecklistMarksTheMilestoneAsTheUsersAndCountsItsSlot() {
        PlanReport report = report(Optional.empty());

        ChecklistItem item = report.competencies().get(0).items().stream()
                .filter(i -> i.milestoneId().equals(MINE.id()))
                .findFirst()
                .orElseThrow();
        assertThat(item.levelText()).isEqualTo("Senior PM, yours");
        // strategy needs 1 of 3 at senior and 2 of 3 at principal; the milestone makes senior 2 of 4.
        assertThat(report.competencies().get(0).countText()).isEqualTo("1 of 4 done, 4 of 7 needed");
        assertThat(report.readiness().required()).isEqualTo(8);
    }

    @Test
    void markdownAndPdfPrintItWithItsEvidence() throws Exception {
        PlanReport report = report(Optional.empty());

        String md = new MarkdownPlanWriter().write(report);
        String pdf;
        try (PDDocument document = Loader.loadPDF(new PdfPlanWriter().write(report))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }

        assertThat(md)
                .contains("- [x] Led the pricing review \u2014 Senior PM, yours")
                .contains("Decision memo adopted by the VP");
        assertThat(pdf)
                .contains("Led the pricing review")
                .contains("Senior PM, yours")
                .contains("Decision memo adopted by the VP");
    }

    @Test
    void aReachedPlanPrintsTheDayItWasReached() throws Exception {
        PlanReport report = report(Optional.of(LocalDate.of(2026, 6, 1)));

        String md = new MarkdownPlanWriter().write(report);
        String pdf;
        try (PDDocument document = Loader.loadPDF(new PdfPlanWriter().write(report))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }

        assertThat(report.reachedText()).contains("Reached on Jun 1, 2026: this plan is kept as it was.");
        assertThat(md).contains("Reached").contains("Jun 1, 2026");
        assertThat(pdf).contains("REACHED").contains("Jun 1, 2026");
    }
}
