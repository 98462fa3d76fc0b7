package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.TestFrameworks;
import io.ascent.domain.Framework;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Requirements;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed plan says per competency how many items are needed, and marks expectation items. */
class CellsInTheReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), ZoneOffset.UTC);

    private static PlanReport report() {
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
                Instant.EPOCH);
        Map<String, MilestoneProgress> progress = Map.of(
                "strategy.senior.1",
                MilestoneProgress.todo("strategy.senior.1").withStatus(MilestoneStatus.DONE, TODAY),
                "people@principal",
                MilestoneProgress.todo("people@principal")
                        .withStatus(MilestoneStatus.DONE, TODAY)
                        .withEvidence("Ran the PM reading group; two PMs promoted"));
        PlanSnapshot view = PlanSnapshot.of(plan, ladder, Requirements.of(ladder, plan), progress);
        return PlanReportBuilder.build(PlanInsights.of(view, Map.of(), CLOCK), TODAY, false);
    }

    private static CompetencySection section(PlanReport report, String id) {
        return report.competencies().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachCompetencySaysHowManyOfItsItemsAreNeededWhenSomeAreAlternatives() {
        PlanReport report = report();

        // strategy: 1 of 3 at senior, 2 of 3 at principal; people: one milestone and one expectation.
        assertThat(section(report, "strategy").countText()).isEqualTo("1 of 3 done, 3 of 6 needed");
        assertThat(section(report, "people").countText()).isEqualTo("1 of 2 done");
        assertThat(report.readiness().done()).isEqualTo(2);
        assertThat(report.readiness().required()).isEqualTo(7);
    }

    @Test
    void anExpectationItemIsPrintedLikeAMilestoneWithAMarker() throws Exception {
        PlanReport report = report();

        ChecklistItem item = section(report, "people").items().stream()
                .filter(i -> i.milestoneId().equals("people@principal"))
                .findFirst()
                .orElseThrow();
        assertThat(item.expectation()).isTrue();
        assertThat(item.title()).isEqualTo("Meets the Principal PM expectation for People");
        assertThat(item.levelText()).isEqualTo("Principal PM, expectation");

        String markdown = new MarkdownPlanWriter().write(report);
        assertThat(markdown)
                .contains("1 of 3 done, 3 of 6 needed")
                .contains("- [x] Meets the Principal PM expectation for People \u2014 Principal PM, expectation");
        try (PDDocument pdf = Loader.loadPDF(new PdfPlanWriter().write(report))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("1 of 3 done, 3 of 6 needed")
                    .contains("Meets the Principal PM expectation for People")
                    .contains("Ran the PM reading group; two PMs promoted");
        }
    }
}
