package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.persistence.files.BragFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits on wins: 5,000 in one brag document, whatever its format; 10,000 in one plan, as a plan file takes. */
class WinLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aMarkdownBragDocumentOfMoreThan5000WinsIsRefusedAsACsvOneIs() throws IOException {
        try (PlanFixture app = PlanFixture.open(dir.resolve("a.db"))) {
            PlanSnapshot view = app.plans.open(app.realisticPlan("Road"));
            Path md = Files.writeString(dir.resolve("big.md"), "## 2026-03\n" + bullets(5_001));
            StringBuilder csv = new StringBuilder("date,title\n");
            IntStream.rangeClosed(1, 5_001)
                    .forEach(i -> csv.append("2026-03-01,Win ").append(i).append('\n'));
            Path table = Files.writeString(dir.resolve("big.csv"), csv);

            assertThatThrownBy(() -> app.wins.previewImport(view, md))
                    .isInstanceOf(BragFormatException.class)
                    .hasMessage("big.md: more than 5,000 wins; split the file.");
            assertThatThrownBy(() -> app.wins.previewImport(view, table))
                    .hasMessage("big.csv: more than 5,000 wins; split the file.");
            Path fits = Files.writeString(dir.resolve("fits.md"), "## 2026-03\n" + bullets(5_000));
            assertThat(app.wins.previewImport(view, fits).wins()).hasSize(5_000);
        }
    }

    @Test
    void noWayOfAddingWinsLeavesAPlanWithMoreThanAPlanFileTakes() throws IOException {
        try (PlanFixture app = PlanFixture.open(dir.resolve("a.db"))) {
            long planId = app.realisticPlan("Road");
            PlanSnapshot view = app.plans.open(planId);
            Path md = Files.writeString(dir.resolve("brag.md"), "## 2026-03\n" + bullets(5_000));
            app.wins.importWins(view, app.wins.previewImport(view, md).wins());
            app.wins.importWins(view, app.wins.previewImport(view, md).wins().subList(0, 4_999));
            Win last = app.wins.add(view, Win.of(LocalDate.of(2026, 4, 1), "The ten thousandth"));

            assertThatThrownBy(() -> app.wins.add(view, Win.of(LocalDate.of(2026, 4, 2), "One more")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("This plan already holds 10,000 wins; adding 1 would pass 10,000");
            assertThatThrownBy(() -> app.wins.importWins(view, List.of(Win.of(LocalDate.of(2026, 4, 2), "x"))))
                    .isInstanceOf(ValidationException.class);
            assertThat(app.wins.wins(planId)).hasSize(10_000).contains(last);

            // What the plan holds is a plan file Ascent takes back.
            Path file = Files.write(dir.resolve("plan.json"), app.exports.render(planId, ExportFormat.JSON, false));
            try (PlanFixture other = PlanFixture.open(dir.resolve("b.db"))) {
                long copy = other.exports.importPlan(file, Optional.empty()).id();
                assertThat(other.wins.wins(copy)).hasSize(10_000);
            }
        }
    }

    private static String bullets(int count) {
        StringBuilder text = new StringBuilder();
        IntStream.rangeClosed(1, count)
                .forEach(i -> text.append("- Win ").append(i).append('\n'));
        return text.toString();
    }
}
