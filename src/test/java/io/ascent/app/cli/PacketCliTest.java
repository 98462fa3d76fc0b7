package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketCliTest {

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void plan() {
        cli = new CliRunner(dir.resolve("ascent.db"));
        assertThat(cli.createPlan("Road").code()).isZero();
        assertThat(cli.cmd(
                                "win",
                                "add",
                                "Road",
                                "--title",
                                "Launched onboarding v2",
                                "--date",
                                "2026-10-02",
                                "--competency",
                                "product-strategy")
                        .code())
                .isZero();
        assertThat(cli.cmd("win", "add", "Road", "--title", "My raise", "--private", "--competency", "product-strategy")
                        .code())
                .isZero();
    }

    @Test
    void writesAPdfByDefaultAndMarkdownWhenAsked() throws IOException {
        Path pdf = dir.resolve("packet.pdf");
        CliRunner.Result wrote = cli.cmd("plan", "packet", "Road", "--out", pdf.toString(), "--from", "2026-01-01");

        assertThat(wrote.code()).isZero();
        assertThat(wrote.out())
                .contains("Wrote the promotion packet to", "(evidence from Jan 1, 2026 to Nov 28, 2026)");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Launched onboarding v2").doesNotContain("My raise");
        }

        Path md = dir.resolve("packet.md");
        assertThat(cli.cmd("plan", "packet", "Road", "--out", md.toString(), "--format", "md")
                        .code())
                .isZero();
        assertThat(Files.readString(md))
                .startsWith("# Promotion packet: Road")
                .contains("Launched onboarding v2")
                .doesNotContain("My raise");
    }

    @Test
    void anEndGivenAloneNeverBringsAStartBeforeTheFirstDayAscentAccepts() {
        Path md = dir.resolve("old.md");

        CliRunner.Result wrote =
                cli.cmd("plan", "packet", "Road", "--out", md.toString(), "--format", "md", "--to", "1900-01-01");

        assertThat(wrote.code()).isZero();
        assertThat(wrote.out()).contains("(evidence from Jan 1, 1900 to Jan 1, 1900)");
    }

    @Test
    void refusalsExitWithOneAndMisuseWithTwoAndWriteNothing() throws IOException {
        Path out = dir.resolve("packet.pdf");

        for (String format : new String[] {"json", "docx"}) {
            CliRunner.Result wrong = cli.cmd("plan", "packet", "Road", "--out", out.toString(), "--format", format);
            assertThat(wrong.code()).as(format).isEqualTo(2);
            assertThat(wrong.errLine()).contains("'" + format + "' is not a format; use one of pdf, md");
        }

        // Backwards dates: the same misuse, with the same words, for the packet and the wins list.
        CliRunner.Result backwards = cli.cmd(
                "plan", "packet", "Road", "--out", out.toString(), "--from", "2026-06-01", "--to", "2026-01-01");
        CliRunner.Result listed = cli.cmd("win", "list", "Road", "--from", "2026-06-01", "--to", "2026-01-01");
        for (CliRunner.Result r : new CliRunner.Result[] {backwards, listed}) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.errLine())
                    .contains(": --from 2026-06-01 is after --to 2026-01-01; give the earlier day to --from");
        }
        assertThat(out).doesNotExist();

        CliRunner.Result noOut = cli.cmd("plan", "packet", "Road");
        assertThat(noOut.code()).isEqualTo(2);

        CliRunner.Result database =
                cli.cmd("plan", "packet", "Road", "--out", cli.db().toString(), "--force");
        assertThat(database.code()).isEqualTo(1);

        Files.writeString(out, "mine");
        CliRunner.Result exists = cli.cmd("plan", "packet", "Road", "--out", out.toString());
        assertThat(exists.code()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("mine");
        assertThat(cli.cmd("plan", "packet", "Road", "--out", out.toString(), "--force")
                        .code())
                .isZero();
        assertThat(Files.size(out)).isGreaterThan(1000);
    }
}
