package io.ascent.ui.dashboard;

import io.ascent.domain.CheckIn;
import io.ascent.domain.MilestoneProgress;
import io.ascent.service.PlanView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The latest done milestones and check-ins of a plan, newest first, as lines of text. */
final class RecentActivity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private record Entry(LocalDate date, int order, String text) {
    }

    private RecentActivity() {
    }

    static String format(LocalDate date) {
        return DATE.format(date);
    }

    static List<String> of(PlanView view, List<CheckIn> checkIns, ZoneId zone, int limit) {
        List<Entry> entries = new ArrayList<>();
        for (MilestoneProgress p : view.progress().values()) {
            p.doneDate().ifPresent(d -> entries.add(new Entry(d, 0, "Done: " + view.framework()
                    .milestone(p.milestoneId()).map(m -> m.title()).orElse(p.milestoneId()))));
        }
        for (int i = 0; i < checkIns.size(); i++) {
            CheckIn c = checkIns.get(i);
            entries.add(new Entry(c.date(zone), 1 + i, "Checked in at " + c.readiness().percent() + "% ready"
                    + (c.note().isEmpty() ? "" : ": \u201c" + c.note() + "\u201d")));
        }
        return entries.stream()
                .sorted(Comparator.comparing(Entry::date).thenComparingInt(Entry::order).reversed())
                .limit(limit)
                .map(e -> format(e.date()) + "  " + e.text())
                .toList();
    }
}
