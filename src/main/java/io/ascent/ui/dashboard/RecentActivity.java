package io.ascent.ui.dashboard;

import io.ascent.domain.CheckIn;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The latest done milestones and check-ins of a plan, newest first, as lines of text. */
final class RecentActivity {

    private record Entry(LocalDate date, int order, String text) {}

    private RecentActivity() {}

    static List<String> of(PlanSnapshot view, List<CheckIn> checkIns, ZoneId zone, int limit) {
        List<Entry> entries = new ArrayList<>();
        for (MilestoneProgress p : view.progress().values()) {
            p.doneDate()
                    .ifPresent(d -> entries.add(new Entry(
                            d,
                            0,
                            I18n.t(
                                    "dashboard.activity.done",
                                    view.framework()
                                            .item(p.milestoneId())
                                            .map(m -> m.title())
                                            .orElse(p.milestoneId())))));
        }
        for (int i = 0; i < checkIns.size(); i++) {
            CheckIn c = checkIns.get(i);
            String ready = I18n.percent(c.readiness().fraction());
            entries.add(new Entry(
                    c.date(zone),
                    1 + i,
                    c.note().isEmpty()
                            ? I18n.t("dashboard.activity.checkIn", ready)
                            : I18n.t("dashboard.activity.checkInNote", ready, c.note())));
        }
        return entries.stream()
                .sorted(Comparator.comparing(Entry::date)
                        .thenComparingInt(Entry::order)
                        .reversed())
                .limit(limit)
                .map(e -> I18n.t("dashboard.activity.line", I18n.date(e.date()), e.text()))
                .toList();
    }
}
