package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.service.report.PacketReport.Cover;
import io.ascent.service.report.PacketReport.Evidence;
import io.ascent.service.report.PacketReport.Section;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packet's page breaks: a committee question is never split across pages, and a competency
 * that fits on one page is never split either (no "Still open" line alone at the top of a page).
 * Tried with many lengths, so that a break falls at every kind of line.
 */
class PacketKeepTogetherTest {

    private static final Pattern MARK = Pattern.compile("(Q|S|O)(\\d+)(start|end)");

    @ParameterizedTest(name = "{0} questions")
    @ValueSource(ints = {3, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35})
    void questionsAndCompetenciesAreNotSplitAcrossPages(int questions) throws IOException {
        List<String> asked = new ArrayList<>();
        for (int i = 1; i <= questions; i++) {
            asked.add("Q" + i + "start Competency " + i + ": required at the target level, yet nothing in this period"
                    + " shows it, and the committee will want to see the work that does before it decides. Q" + i
                    + "end");
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            List<Evidence> wins = new ArrayList<>();
            for (int w = 0; w < 1 + i % 4; w++) {
                wins.add(new Evidence(
                        "Win " + w + " of S" + i + "start", LocalDate.of(2026, 3, 1), "Retention: 31% -> 36%", false));
            }
            sections.add(new Section(
                    "Competency " + i + " S" + i + "start",
                    "What the target level expects of this competency, long enough to take a line or two of the page.",
                    "Senior PM",
                    Optional.empty(),
                    wins,
                    0,
                    List.of(),
                    0,
                    List.of(
                            "O" + i + "start one open milestone with a long title",
                            "another open milestone of the same" + " competency",
                            "a third one so that the line wraps onto a second line of the page O" + i + "end"),
                    0));
        }
        PacketReport report = new PacketReport(
                new Cover(
                        "Road",
                        "PM ladder",
                        "PM",
                        "Senior PM",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        "Readiness: 40%",
                        Optional.empty(),
                        LocalDate.of(2026, 12, 31)),
                asked,
                sections);

        Map<String, Integer> pageOf = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(new PdfPacketWriter().write(report))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                Matcher m = MARK.matcher(stripper.getText(document));
                while (m.find()) {
                    pageOf.putIfAbsent(m.group(), page);
                }
            }
        }
        for (int i = 1; i <= questions; i++) {
            assertThat(pageOf.get("Q" + i + "end")).as("question %d", i).isEqualTo(pageOf.get("Q" + i + "start"));
        }
        for (int i = 1; i <= 14; i++) {
            assertThat(pageOf.get("O" + i + "end"))
                    .as("competency %d's end", i)
                    .isEqualTo(pageOf.get("S" + i + "start"));
            assertThat(pageOf.get("O" + i + "start"))
                    .as("competency %d's open list", i)
                    .isEqualTo(pageOf.get("S" + i + "start"));
        }
    }
}
