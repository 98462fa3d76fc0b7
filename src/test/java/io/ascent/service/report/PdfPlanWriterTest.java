package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.PageInk;
import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Requirements;
import io.ascent.domain.Resource;
import io.ascent.domain.Specialization;
import io.ascent.service.PlanFixture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPlanWriterTest {

    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private long planId;

    @BeforeEach
    void open() {
        fixture = PlanFixture.open(dir.resolve("ascent.db"));
        planId = fixture.realisticPlan("Road to Senior PM");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private byte[] pdf(boolean includeNotes) {
        return new PdfPlanWriter().write(fixture.exports.report(planId, includeNotes));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void everySectionOfTheDocumentIsPresent() throws IOException {
        PlanReport report = fixture.exports.report(planId, false);

        String text = flat(text(new PdfPlanWriter().write(report)));

        assertThat(text)
                .contains(
                        "DEVELOPMENT PLAN",
                        "Road to Senior PM",
                        "Product Manager \u2192 Senior PM",
                        "Growth",
                        "Jun 30, 2027",
                        "Nov 28, 2026",
                        "Summary",
                        "ESTIMATED LEVEL",
                        "PACE",
                        "Current and target level by " + "competency",
                        "Gaps",
                        "Next 30, 60 and 90 days",
                        "Next 30 days",
                        "Next 60 days",
                        "Next 90 days",
                        "Milestone checklist",
                        "Evidence",
                        "Resources");
        assertThat(text)
                .contains(report.readiness().done() + " of "
                        + report.readiness().required() + " required milestones done");
        for (PlanReport.CompetencySection section : report.competencies()) {
            assertThat(text).contains(section.title());
        }
        assertThat(text).contains("Done Sep 1, 2026", "In progress, due Jan 8, 2027");
    }

    // The realistic plan (PlanFixture): PM -> Senior PM in Growth, 21 competencies, each needing
    // 2 of its 3 Senior PM milestones (42). Its first 8 items are done on Sep 1-8, 2026: 3 of
    // product strategy, 3 of roadmap, 2 of cross-functional collaboration, so 6 count (2 + 2 + 2).
    // Rated: product strategy and roadmap at Senior PM, performance metrics at Associate PM,
    // experimentation at PM; the rest count at the current level, PM. Printed on Nov 28, 2026.
    @Test
    void gapTableShowsTheFiguresWorkedOutByHand() throws IOException {
        String text = flat(text(pdf(false)));

        assertThat(text)
                .contains(
                        "14% ready for Senior PM 6 of 42 required milestones done",
                        "ESTIMATED LEVEL Product Manager (4 of 21 competencies rated)",
                        // Sep 1, 2, 4, 5, 7, 8 all fall in the 90 days from Aug 31: 6 / 3 per 30 days.
                        "PACE 2.0 milestones per 30 days (6 done in the last 90 days)",
                        // 36 to go at 6 per 90 days: 540 days after Nov 28, 2026; 326 days late.
                        "At this pace: 100% by May 21, 2028, 11 months behind (target Jun 30, 2027)");
        List<String> rows = List.of(
                "COMPETENCY CURRENT TARGET GAP READINESS Performance metrics and analysis Associate PM Senior PM 2 "
                        + "0% (0 of 2) \u201cStill learning experiment design\u201d",
                "Cross-functional collaboration Product Manager (not rated) Senior PM 1 100% (2 of 2)",
                "User research and feedback Product Manager (not rated) Senior PM 1 0% (0 of 2)",
                "Experimentation Product Manager Senior PM 1 0% (0 of 2)",
                "Paid, search and app-store acquisition Product Manager (not rated) Senior PM 1 0% (0 of 2)",
                "Product strategy and vision Senior PM Senior PM 0 100% (2 of 2) \u201cOwns the area's vision\u201d",
                "Roadmap development and prioritization Senior PM Senior PM 0 100% (2 of 2)");
        // Biggest gap first: each row is found after the one before it.
        int from = 0;
        for (String row : rows) {
            int at = text.indexOf(row, from);
            assertThat(at).as("after position %d: %s", from, row).isGreaterThanOrEqualTo(0);
            from = at + row.length();
        }
        assertThat(countOf(text, "Product Manager (not rated) Senior PM 1 ")).isEqualTo(17);
        // The biggest gap's first milestone leads; two fit in 30 days at 2 per 30 days.
        assertThat(text)
                .contains("Next 30 days Defined the north-star metric for a product area Performance metrics and "
                        + "analysis is two levels below Senior PM Suggested by Dec 28, 2026 Replaced a metric");
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void resourceLinksCanBeClicked() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(false))) {
            List<String> uris = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertThat(uris).contains("https://leananalyticsbook.com/", PlanFixture.EVIDENCE_LINK);
        }
    }

    @Test
    void privateNotesAreLeftOutByDefault() throws IOException {
        String text = flat(text(pdf(false)));

        assertThat(text)
                .doesNotContain("Private notes")
                .doesNotContain("promo committee")
                .doesNotContain("feeling stretched")
                .doesNotContain("Second private note");
    }

    @Test
    void privateNotesArePrintedWhenIncluded() throws IOException {
        String text = flat(text(pdf(true)));

        assertThat(text)
                .contains(
                        "Private notes", PlanFixture.SECRET_NOTE, "Second private note, multi-line with a line break.");
    }

    @Test
    void longEvidenceWrapsWithoutLosingAWord() throws IOException {
        String text = flat(text(pdf(false)));

        assertThat(text).contains(flat(PlanFixture.LONG_EVIDENCE));
    }

    @Test
    void aThreeHundredMilestonePlanHasMorePagesAndAFooterOnEveryPage() throws IOException {
        int realistic = pageTexts(pdf(false)).size();
        byte[] big = new PdfPlanWriter()
                .write(PlanReportBuilder.build(
                        PlanInsights.of(bigPlan(300), Map.of(), PlanFixture.CLOCK), PRINTED, false));

        List<String> pages = pageTexts(big);

        assertThat(pages.size()).isGreaterThan(realistic + 5);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i))
                    .as("page %d", i + 1)
                    .contains("Big plan \u00b7 Development plan")
                    .contains("page " + (i + 1) + " of " + pages.size());
        }
        renderPage(big, pages.size() / 2, "plan-page-middle");
    }

    @Test
    void greekCyrillicAndChinesePrintAndMissingCharactersBecomeQuestionMarks() throws IOException {
        long id = fixture.realisticPlan("Дорога к Senior PM \u2014 Ωμέγα \uD83D\uDE80 \u9AD8\u7EA7");

        byte[] pdf = new PdfPlanWriter().write(fixture.exports.report(id, false));
        renderPage(pdf, 0, "plan-page1-cyrillic");
        List<String> pages = pageTexts(pdf);
        int evidence = 0;
        while (!pages.get(evidence).contains(PlanFixture.EVIDENCE_LINK)) {
            evidence++;
        }
        renderPage(pdf, evidence, "plan-page-evidence");
        String text = flat(text(pdf));

        assertThat(text)
                .as("Chinese from the fallback font; the emoji no font has is a question mark")
                .contains("Дорога к Senior PM \u2014 Ωμέγα ? \u9AD8\u7EA7");
        assertThat(text).doesNotContain("\uD83D\uDE80");
    }

    @Test
    void firstPageRendersAsAPictureOfTheDocument() throws IOException {
        Path png = renderPage(pdf(true), 0, "plan-page1");
        renderPage(pdf(true), 1, "plan-page2");
        renderPage(pdf(true), 2, "plan-page3");
        renderPage(pdf(true), 3, "plan-page4");

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(500);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
        // A measured render has the coloured title band at the top (97% ink) with the plan's
        // name in white in it, text in the body (3%) and the footer line (0.8%); a blank page
        // has none of these.
        assertThat(PageInk.share(image, 0, 0.2)).as("title band").isGreaterThan(0.8);
        assertThat(1 - PageInk.share(image, 0, 0.2))
                .as("white title in the band")
                .isGreaterThan(0.01);
        assertThat(PageInk.share(image, 0.3, 0.7)).as("body text").isBetween(0.01, 0.3);
        assertThat(PageInk.share(image, 0.93, 1.0)).as("footer").isGreaterThan(0.002);
    }

    private static Path renderPage(byte[] pdf, int index, String name) throws IOException {
        BufferedImage image = PdfPages.render(pdf, index, 110);
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A made-up ladder with {@code count} milestones over ten competencies, half of them done. */
    static PlanSnapshot bigPlan(int count) {
        List<Level> levels = List.of(new Level("a", "Associate", 1, ""), new Level("b", "Lead", 2, ""));
        List<Competency> competencies = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            competencies.add(new Competency(
                    "c" + c,
                    "Area " + (c % 3),
                    "Competency number " + c,
                    "",
                    Optional.empty(),
                    Map.of("a", "x", "b", "y")));
        }
        for (int i = 0; i < count; i++) {
            milestones.add(new Milestone(
                    "m" + i,
                    "c" + (i % 10),
                    "b",
                    "Milestone " + i
                            + (i % 7 == 0
                                    ? ": a longer title that has to wrap onto a second line of the checklist"
                                    : ""),
                    ""));
        }
        Framework framework = new Framework(
                "big",
                "1",
                "Big ladder",
                "",
                levels,
                List.of(new Specialization("s", "Special", "")),
                competencies,
                milestones,
                List.of(new Resource("r", "A book", "Someone", "book", "https://example.org/book", List.of("c1"))));
        Map<String, MilestoneProgress> progress = new HashMap<>();
        for (int i = 0; i < count; i += 2) {
            progress.put(
                    "m" + i,
                    MilestoneProgress.todo("m" + i)
                            .withStatus(MilestoneStatus.DONE, PRINTED)
                            .withEvidence("Evidence for milestone " + i));
        }
        Plan plan = new Plan(1, "Big plan", "big", "a", "b", "s", Optional.empty(), Instant.EPOCH, Instant.EPOCH);
        return PlanSnapshot.of(plan, framework, Requirements.of(framework, plan), progress);
    }
}
