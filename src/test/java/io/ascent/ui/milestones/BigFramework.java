package io.ascent.ui.milestones;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.Specialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A synthetic ladder of any size, for grouping and speed tests. */
final class BigFramework {

    private BigFramework() {}

    /**
     * {@code n} milestones over 30 competencies in 3 areas, listed round-robin so the framework
     * order is not the display order. Milestone i is described as "retention-i".
     */
    static Framework of(int n) {
        List<Level> levels =
                List.of(new Level("a", "A", 1, ""), new Level("b", "B", 2, ""), new Level("c", "C", 3, ""));
        List<Competency> competencies = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            competencies.add(new Competency(
                    "c" + c,
                    "Area " + (c % 3),
                    "Competency " + c,
                    "",
                    c % 10 == 9 ? Optional.of("growth") : Optional.empty(),
                    Map.of("a", "x", "b", "y", "c", "z")));
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            milestones.add(new Milestone(
                    "m" + i,
                    "c" + (i % 30),
                    i % 2 == 0 ? "b" : "c",
                    "Milestone number " + i + " about growth loops",
                    "Moved retention-" + i + " for a cohort"));
        }
        return new Framework(
                "big",
                "1",
                "Big",
                "",
                levels,
                List.of(new Specialization("growth", "Growth", "")),
                competencies,
                milestones,
                List.of());
    }
}
