package io.ascent.domain;

import io.ascent.TestFrameworks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Plans on the small ladder (levels a, b, c; growth plans have core1, core2 and grow) and compact notations. */
final class InsightFixtures {

    static final Framework SMALL = TestFrameworks.small();
    static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    private InsightFixtures() {}

    static Plan growthPlan(String current, String target) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new Plan(1, "Plan", "small", current, target, "growth", Optional.empty(), t, t);
    }

    /** "core1=b;grow=c" to ratings. */
    static Map<String, Rating> ratings(String text) {
        Map<String, Rating> map = new HashMap<>();
        for (String pair : split(text)) {
            String[] kv = pair.split("=");
            map.put(kv[0], new Rating(kv[0], kv[1], ""));
        }
        return map;
    }

    /** "core1.b.1;grow.b.1" to progress with that status, done ones dated {@link #DAY}. */
    static Map<String, MilestoneProgress> progress(String done, String inProgress) {
        Map<String, MilestoneProgress> map = new HashMap<>();
        for (String id : split(done)) {
            map.put(id, MilestoneProgress.todo(id).withStatus(MilestoneStatus.DONE, DAY));
        }
        for (String id : split(inProgress)) {
            map.put(id, MilestoneProgress.todo(id).withStatus(MilestoneStatus.IN_PROGRESS, DAY));
        }
        return map;
    }

    static String[] split(String text) {
        return text == null || text.isBlank()
                ? new String[0]
                : Arrays.stream(text.split(";")).map(String::strip).toArray(String[]::new);
    }
}
