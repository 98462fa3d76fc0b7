package io.ascent.domain;

import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What is due or overdue for a plan in the next days: milestones with due dates that are not
 * done, the next check-in, the next 1:1 and the next review, by date. Each kind of item has its
 * own {@link Source}; a new kind (a manager review's follow-up, an action item) is one more.
 */
public final class Upcoming {

    /** How far ahead the dashboard looks. */
    public static final int DEFAULT_DAYS = 14;

    public static final int MAX_DAYS = 3_660;

    /** What the sources look at: the plan, its cadence, where its rhythm stands, and today. */
    public record Context(PlanSnapshot plan, Cadence cadence, RhythmDates dates, LocalDate today) {
        public Context {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(cadence, "cadence");
            Objects.requireNonNull(dates, "dates");
            Objects.requireNonNull(today, "today");
        }
    }

    /** One kind of thing that falls due. */
    @FunctionalInterface
    public interface Source {
        Stream<UpcomingItem> items(Context context);
    }

    /** The plan's items with a due date, not done (overdue ones too). */
    static final Source MILESTONES = c -> c.plan().items().stream().flatMap(m -> {
        MilestoneProgress p = c.plan().progressOf(m.id());
        return p.isDone()
                ? Stream.empty()
                : p.dueDate().stream()
                        .map(due -> new UpcomingItem(UpcomingItem.Kind.MILESTONE, due, m.id(), m.title()));
    });

    static final Source CHECK_IN = c ->
            Stream.of(UpcomingItem.event(UpcomingItem.Kind.CHECK_IN, c.dates().nextCheckIn(c.cadence())));

    static final Source ONE_ON_ONE = c -> c.dates().nextOneOnOne(c.cadence(), c.today()).stream()
            .map(d -> UpcomingItem.event(UpcomingItem.Kind.ONE_ON_ONE, d));

    static final Source REVIEW = c ->
            Stream.of(UpcomingItem.event(UpcomingItem.Kind.REVIEW, c.dates().nextReview(c.cadence(), c.today())));

    static final List<Source> SOURCES = List.of(MILESTONES, CHECK_IN, ONE_ON_ONE, REVIEW);

    /** The plan's milestones with a due date that are not done, overdue ones too, in no order. */
    public static Stream<UpcomingItem> dueMilestones(Context context) {
        return MILESTONES.items(context);
    }

    private Upcoming() {}

    /**
     * Everything due on or before {@code days} days from today, overdue first: by date, then by
     * kind (milestones first), then by title. Nothing for a reached plan.
     */
    public static List<UpcomingItem> of(Context context, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException(I18n.t("rhythm.upcoming.error.days", days, MAX_DAYS));
        }
        if (context.plan().plan().isReached()) {
            // A reached plan is kept as it was: nothing in it falls due any more.
            return List.of();
        }
        LocalDate last = context.today().plusDays(days);
        return SOURCES.stream()
                .flatMap(s -> s.items(context))
                .filter(i -> !i.date().isAfter(last))
                .sorted(Comparator.comparing(UpcomingItem::date)
                        .thenComparing(UpcomingItem::kind)
                        .thenComparing(UpcomingItem::title)
                        .thenComparing(UpcomingItem::itemId))
                .toList();
    }
}
