package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WinCliTest {

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void plan() {
        cli = new CliRunner(dir.resolve("ascent.db"));
        assertThat(cli.createPlan("Road").code()).isZero();
    }

    @Test
    void addPrintsTheIdListShowsItAndRemoveTakesItAway() {
        CliRunner.Result added = cli.cmd(
                "win",
                "add",
                "Road",
                "--title",
                "Launched onboarding v2",
                "--date",
                "2026-10-02",
                "--metric",
                "Day-7 retention",
                "--before",
                "31%",
                "--after",
                "36%",
                "--competency",
                "product-strategy",
                "--milestone",
                "product-strategy.pm.1",
                "--milestone",
                "product-strategy.senior-pm.1");
        assertThat(added.code()).isZero();
        String id = added.out().strip();
        assertThat(id).matches("\\d+");
        CliRunner.Result secret = cli.cmd("win", "add", "Road", "--title", "Raise", "--private");
        assertThat(secret.code()).isZero();

        CliRunner.Result list = cli.cmd("win", "list", "Road");
        assertThat(list.code()).isZero();
        assertThat(list.out())
                .contains(id + "  2026-10-02  Launched onboarding v2")
                .contains("2026-11-28  Raise  (private)");
        assertThat(cli.cmd("win", "list", "Road", "--from", "2026-11-01").out()).doesNotContain("Launched");

        CliRunner.Result removed = cli.cmd("win", "remove", "Road", id);
        assertThat(removed.code()).isZero();
        assertThat(removed.out()).contains("Removed the win “Launched onboarding v2”");
        assertThat(cli.cmd("win", "list", "Road").out()).doesNotContain("Launched");
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsWritten() {
        String before = cli.checksum();

        CliRunner.Result unknownCompetency = cli.cmd("win", "add", "Road", "--title", "x", "--competency", "juggling");
        assertThat(unknownCompetency.code()).isEqualTo(1);
        assertThat(unknownCompetency.errLine()).contains("\"juggling\" is not a competency");

        CliRunner.Result badDate = cli.cmd("win", "add", "Road", "--title", "x", "--date", "2026-13-01");
        assertThat(badDate.code()).isEqualTo(2);

        CliRunner.Result noTitle = cli.cmd("win", "add", "Road");
        assertThat(noTitle.code()).isEqualTo(2);
        assertThat(noTitle.errLine()).contains("--title");

        CliRunner.Result noPlan = cli.cmd("win", "add", "Nope", "--title", "x");
        assertThat(noPlan.code()).isEqualTo(1);

        CliRunner.Result badLink = cli.cmd("win", "add", "Road", "--title", "x", "--link", "ftp://x");
        assertThat(badLink.code()).isEqualTo(1);

        CliRunner.Result noSuchWin = cli.cmd("win", "remove", "Road", "42");
        assertThat(noSuchWin.code()).isEqualTo(1);
        assertThat(noSuchWin.errLine()).contains("no win with id 42");

        assertThat(cli.checksum()).isEqualTo(before);
        assertThat(cli.cmd("win", "list", "Road").out()).contains("No wins logged");
    }

    @Test
    void importShowsWhatItAddsAndDryRunAddsNothing() throws Exception {
        Path csv = Files.writeString(
                dir.resolve("brag.csv"),
                "date,title,story,competencies\n"
                        + "2026-03-02,Shipped search,\"Rebuilt ranking, with data science.\",product-strategy\n"
                        + "2026-04-15,Ran the pricing test,,\n");
        String before = cli.checksum();

        CliRunner.Result dry = cli.cmd("win", "import", "Road", csv.toString(), "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("2 wins from brag.csv").doesNotContain("Imported");
        assertThat(cli.checksum()).isEqualTo(before);

        CliRunner.Result done = cli.cmd("win", "import", "Road", csv.toString());
        assertThat(done.code()).isZero();
        assertThat(done.out()).contains("2 wins from brag.csv").contains("Imported 2 wins from brag.csv.");
        assertThat(cli.cmd("win", "list", "Road").out())
                .contains("2026-03-02  Shipped search")
                .contains("2026-04-15  Ran the pricing test");
    }

    @Test
    void aBrokenBragDocumentIsRefusedWholeWithTheLineAndNothingIsAdded() throws Exception {
        Path csv = Files.writeString(
                dir.resolve("brag.csv"),
                "date,title,story,competencies\n" + "2026-03-02,Shipped search,,\n" + "2026-02-31,Impossible day,,\n");
        Path folder = Files.createDirectory(dir.resolve("folder.md"));
        String before = cli.checksum();

        CliRunner.Result badDate = cli.cmd("win", "import", "Road", csv.toString());
        assertThat(badDate.code()).isEqualTo(1);
        assertThat(badDate.errLine()).contains("brag.csv").contains("2026-02-31");
        CliRunner.Result notAFile = cli.cmd("win", "import", "Road", folder.toString());
        assertThat(notAFile.code()).isEqualTo(1);
        CliRunner.Result missing =
                cli.cmd("win", "import", "Road", dir.resolve("nope.md").toString());
        assertThat(missing.code()).isEqualTo(1);

        assertThat(cli.checksum()).isEqualTo(before);
        assertThat(cli.cmd("win", "list", "Road").out()).contains("No wins logged");
    }
}
