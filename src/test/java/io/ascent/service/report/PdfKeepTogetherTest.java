package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Readiness;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import io.ascent.service.report.PlanReport.GapRow;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A table or a competency's checklist that runs onto another page takes at least two of its rows
 * there: a page never holds a single leftover row. Tried with many lengths, so that the page
 * break falls before every kind of row.
 */
class PdfKeepTogetherTest {

    private static final Pattern GAP = Pattern.compile("Gap competency (\\d+)");
    private static final Pattern ITEM = Pattern.compile("Milestone (\\d+) of section (\\d+)");

    @ParameterizedTest(name = "{0} gap rows")
    @ValueSource(ints = {24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43})
    void noPageHoldsASingleRowOfTheGapTable(int rows) throws IOException {
        List<GapRow> gaps = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            gaps.add(new GapRow(
                    "Gap competency " + i + (i % 3 == 0 ? " with a name long enough to wrap onto a second line" : ""),
                    "Product Manager",
                    i % 4 != 0,
                    "Senior PM",
                    1,
                    new Readiness(i % 3, 3),
                    i % 5 == 0 ? "Led the quarterly metrics review for the area." : ""));
        }

        List<String> pages = pages(new PdfPlanWriter().write(report(gaps, List.of())));

        for (String page : pages) {
            long count = count(GAP, page);
            assertThat(count).as("gap rows on a page of %s:%n%s", rows, page).isNotEqualTo(1);
        }
    }

    @ParameterizedTest(name = "sections of {0} milestones")
    @ValueSource(ints = {3, 4, 5, 6, 7, 9})
    void noPageHoldsASingleMilestoneOfACompetency(int perSection) throws IOException {
        List<CompetencySection> sections = new ArrayList<>();
        for (int s = 1; s <= 14; s++) {
            List<ChecklistItem> items = new ArrayList<>();
            for (int i = 1; i <= perSection + s % 3; i++) {
                items.add(new ChecklistItem(
                        "m" + s + "." + i,
                        "Milestone " + i + " of section " + s
                                + (i % 2 == 0
                                        ? ", written out at a length that wraps onto a second line of the page"
                                        : ""),
                        "Senior PM",
                        i % 3 == 0 ? MilestoneStatus.DONE : MilestoneStatus.TODO,
                        i % 3 == 0 ? Optional.of(LocalDate.of(2026, 10, i)) : Optional.empty(),
                        Optional.empty(),
                        Milestone.Kind.FRAMEWORK));
            }
            sections.add(new CompetencySection("c" + s, "Product craft", "Section " + s, new Readiness(1, 3), items));
        }

        List<String> pages = pages(new PdfPlanWriter().write(report(List.of(), sections)));

        for (String page : pages) {
            Matcher m = ITEM.matcher(page);
            List<String> sectionsOnPage = new ArrayList<>();
            while (m.find()) {
                sectionsOnPage.add(m.group(2));
            }
            for (String section : sectionsOnPage) {
                assertThat(sectionsOnPage.stream().filter(section::equals).count())
                        .as("milestones of section %s on a page:%n%s", section, page)
                        .isGreaterThan(1);
            }
        }
    }

    private static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    private static PlanReport report(List<GapRow> gaps, List<CompetencySection> sections) {
        return new PlanReport(
                new PlanReport.Cover(
                        "Keep together",
                        "PM ladder",
                        "Product Manager",
                        "Senior PM",
                        "Growth",
                        Optional.empty(),
                        LocalDate.of(2026, 11, 28),
                        Optional.empty()),
                new Readiness(3, 40),
                new PlanReport.Summary("Product Manager", 0, 18, "", "", List.of(), List.of(), false),
                gaps,
                List.of(),
                sections,
                List.of(),
                false,
                List.of(),
                List.of(),
                Optional.empty());
    }
}
