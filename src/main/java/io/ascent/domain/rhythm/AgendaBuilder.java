package io.ascent.domain.rhythm;

import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.NextStep;
import io.ascent.domain.Upcoming;
import io.ascent.domain.UpcomingItem;
import io.ascent.domain.Win;
import io.ascent.domain.WinWords;
import io.ascent.domain.review.ReviewComparison;
import io.ascent.domain.review.ReviewComparison.Marker;
import io.ascent.domain.rhythm.Agenda.Item;
import io.ascent.domain.rhythm.Agenda.Kind;
import io.ascent.domain.rhythm.Agenda.Section;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the agenda of the next 1:1 from what matters since the last one: wins logged (private
 * ones too, marked: the agenda is the user's own), milestones done, what is due or overdue in the
 * next two weeks, the top next steps, the open disagreements of the last manager review, and the
 * questions jotted down. One {@link Source} per section.
 */
public final class AgendaBuilder {

    /** How many next steps the agenda lists. */
    public static final int TOP_STEPS = 3;

    /** What the sources look at. {@code since} is the day of the last 1:1, absent before the first. */
    public record Input(
            Upcoming.Context context,
            Optional<LocalDate> since,
            List<NextStep> nextSteps,
            Optional<ReviewComparison> review,
            List<NextQuestion> questions,
            List<Win> wins) {
        public Input {
            Objects.requireNonNull(context, "context");
            since = since == null ? Optional.empty() : since;
            nextSteps = List.copyOf(nextSteps);
            review = review == null ? Optional.empty() : review;
            questions = List.copyOf(questions);
            wins = List.copyOf(wins);
        }

        boolean isNew(LocalDate date) {
            return since.map(date::isAfter).orElse(true);
        }

        LocalDate today() {
            return context.today();
        }
    }

    /** One section of the agenda. */
    @FunctionalInterface
    public interface Source {
        Section section(Input input);
    }

    static final Source WINS = in -> new Section(
            Kind.WINS,
            in.wins().stream()
                    .filter(w -> in.isNew(w.date()))
                    .sorted(Comparator.comparing(Win::date).thenComparing(Win::title))
                    .map(w -> new Item(
                            w.title(), Optional.of(w.date()), List.of(WinWords.impact(w.impact())), !w.shareable()))
                    .toList());

    static final Source DONE = in -> new Section(
            Kind.DONE,
            in.context().plan().items().stream()
                    .flatMap(m -> doneSince(in, m))
                    .sorted(Comparator.comparing((Item i) -> i.date().orElseThrow())
                            .thenComparing(Item::text))
                    .toList());

    static final Source DUE =
            in -> new Section(Kind.DUE, due(in).map(AgendaBuilder::item).toList());

    static final Source NEXT_STEPS = in -> {
        Set<String> due = new HashSet<>(due(in).map(UpcomingItem::itemId).toList());
        return new Section(
                Kind.NEXT_STEPS,
                in.nextSteps().stream()
                        .filter(s -> !due.contains(s.milestone().id()))
                        .limit(TOP_STEPS)
                        .map(s -> new Item(
                                s.milestone().title(),
                                Optional.empty(),
                                List.of(s.competency().title())))
                        .toList());
    };

    static final Source DISAGREEMENTS = in -> new Section(
            Kind.DISAGREEMENTS,
            in.review().stream()
                    .flatMap(r -> r.rows().stream())
                    .filter(r -> r.marker() == Marker.FLAGGED || r.marker() == Marker.DISCUSS)
                    // Flagged (two levels or more apart) first, then in the plan's order.
                    .sorted(Comparator.comparing(r -> r.marker() == Marker.FLAGGED ? 0 : 1))
                    .map(r -> new Item(
                            r.competency().title(),
                            Optional.empty(),
                            List.of(r.self().title(), r.manager().orElseThrow().title(), r.comment())))
                    .toList());

    static final Source QUESTIONS = in -> new Section(
            Kind.QUESTIONS,
            in.questions().stream()
                    .sorted(Comparator.comparing(NextQuestion::addedAt))
                    .map(q -> new Item(q.text(), Optional.empty(), List.of()))
                    .toList());

    static final List<Source> SOURCES = List.of(WINS, DONE, DUE, NEXT_STEPS, DISAGREEMENTS, QUESTIONS);

    private AgendaBuilder() {}

    public static Agenda build(Input input) {
        return build(input, SOURCES);
    }

    static Agenda build(Input input, List<Source> sources) {
        List<Section> sections = sources.stream()
                .map(s -> s.section(input))
                .filter(s -> !s.items().isEmpty())
                .sorted(Comparator.comparing(Section::kind))
                .toList();
        return new Agenda(input.today(), input.since(), sections);
    }

    /** Milestones due or overdue in the next {@link Upcoming#DEFAULT_DAYS} days, by date. */
    private static Stream<UpcomingItem> due(Input in) {
        LocalDate last = in.today().plusDays(Upcoming.DEFAULT_DAYS);
        return Upcoming.dueMilestones(in.context())
                .filter(i -> !i.date().isAfter(last))
                .sorted(Comparator.comparing(UpcomingItem::date).thenComparing(UpcomingItem::title));
    }

    private static Stream<Item> doneSince(Input in, Milestone m) {
        MilestoneProgress p = in.context().plan().progressOf(m.id());
        return p.isDone()
                ? p.doneDate().filter(in::isNew).stream().map(d -> new Item(m.title(), Optional.of(d), List.of()))
                : Stream.empty();
    }

    private static Item item(UpcomingItem i) {
        return new Item(i.title(), Optional.of(i.date()), List.of());
    }
}
