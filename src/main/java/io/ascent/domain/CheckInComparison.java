package io.ascent.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What changed between two check-ins: the ratings that moved, the manager review's ratings that
 * moved, and the milestones completed in between. The earlier check-in is always the "from"
 * side, whichever order they are given in.
 */
public record CheckInComparison(
        CheckIn from, CheckIn to, List<Move> moves, List<String> completedMilestoneIds, List<Move> managerMoves) {

    /** One competency's rating from one check-in to the other; empty when it was not rated. */
    public record Move(String competencyId, Optional<String> fromLevelId, Optional<String> toLevelId) {}

    public CheckInComparison {
        moves = List.copyOf(moves);
        completedMilestoneIds = List.copyOf(completedMilestoneIds);
        managerMoves = List.copyOf(managerMoves);
    }

    public static CheckInComparison between(CheckIn a, CheckIn b) {
        return between(a, b, UnaryOperator.identity());
    }

    /**
     * The comparison with each check-in's milestone ids read as the ids they count for today
     * ({@code current}, e.g. {@link Replacements#current}): a check-in keeps the ids it was taken
     * with, so one taken before a ladder's new edition names milestones that were replaced since.
     */
    public static CheckInComparison between(CheckIn a, CheckIn b, UnaryOperator<String> current) {
        CheckIn from = a.takenAt().isAfter(b.takenAt()) || (a.takenAt().equals(b.takenAt()) && a.id() > b.id()) ? b : a;
        CheckIn to = from == a ? b : a;
        Set<String> before = from.doneMilestoneIds().stream().map(current).collect(Collectors.toSet());
        List<String> completed = to.doneMilestoneIds().stream()
                .map(current)
                .distinct()
                .filter(m -> !before.contains(m))
                .toList();
        return new CheckInComparison(
                from,
                to,
                moves(from.ratings(), to.ratings()),
                completed,
                moves(from.managerRatings(), to.managerRatings()));
    }

    private static List<Move> moves(Map<String, String> before, Map<String, String> after) {
        Set<String> competencies = new LinkedHashSet<>(before.keySet());
        competencies.addAll(after.keySet());
        List<Move> moves = new ArrayList<>();
        for (String id : competencies.stream().sorted(Comparator.naturalOrder()).toList()) {
            Optional<String> was = Optional.ofNullable(before.get(id));
            Optional<String> is = Optional.ofNullable(after.get(id));
            if (!was.equals(is)) {
                moves.add(new Move(id, was, is));
            }
        }
        return moves;
    }
}
