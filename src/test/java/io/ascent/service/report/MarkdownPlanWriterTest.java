package io.ascent.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.service.PlanFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownPlanWriterTest {

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

    @Test
    void hasTheSameSectionsAsThePdf() {
        PlanReport report = fixture.exports.report(planId, false);

        String md = new MarkdownPlanWriter().write(report);

        assertThat(md)
                .startsWith("# Road to Senior PM \u2014 Development plan\n")
                .contains(
                        "**Product Manager \u2192 Senior PM**",
                        "- Target date: Jun 30, 2027",
                        "## Summary",
                        report.readinessText(),
                        "## Gaps",
                        "| Performance metrics and analysis | Associate PM | Senior PM | 2 |",
                        "## Next 30, 60 and 90 days",
                        "### Next 30 days",
                        "Suggested by",
                        "## Milestone checklist",
                        "## Evidence",
                        "## Resources",
                        "- [x] ",
                        "- [ ] ",
                        "Done Sep 1, 2026",
                        "In progress, due Jan 8, 2027")
                .doesNotContain("## Private notes", PlanFixture.SECRET_NOTE);
        assertThat(new MarkdownPlanWriter().write(fixture.exports.report(planId, true)))
                .contains("## Private notes", PlanFixture.SECRET_NOTE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            plain words             ; plain words
            *not bold* and _not_    ; \\*not bold\\* and \\_not\\_
            '# not a heading'       ; \\# not a heading
            a | b                   ; a \\| b
            """)
    void userTextCannotChangeTheLayout(String text, String expected) {
        assertThat(MarkdownPlanWriter.inline(text)).isEqualTo(expected);
    }

    @Test
    void lineBreaksInAnInlineTextBecomeSpaces() {
        assertThat(MarkdownPlanWriter.inline("two\nlines\r\n")).isEqualTo("two lines");
    }
}
