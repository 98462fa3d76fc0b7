package io.ascent.domain;

import io.ascent.text.I18n;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The plan Ascent offers after one is reached ("I got promoted"): from the level reached to the
 * next one on the same track, in the same specialization, carrying what still counts.
 */
public final class NextPlan {

    /**
     * What a next plan starts with: the ratings of the reached plan as a starting point, and the
     * progress (evidence included) of the items both plans share. Wins, once Ascent has them,
     * join here: they are dated achievements, and the ones that still count travel on.
     */
    public record CarryOver(List<Rating> ratings, List<MilestoneProgress> progress) {
        public CarryOver {
            ratings = List.copyOf(ratings);
            progress = List.copyOf(progress);
        }
    }

    private NextPlan() {}

    /**
     * The level a plan that reached {@code reached}'s target would aim at next: the next rung on
     * the same track (the shared levels and the reached target's track). From a shared level
     * where the tracks part, the lowest level above (the first track in the ladder's order at
     * equal ranks). Empty at the top of the ladder or of the target's track.
     */
    public static Optional<Level> target(Framework framework, Plan reached) {
        Optional<Level> from = framework.level(reached.targetLevelId());
        if (from.isEmpty()) {
            return Optional.empty();
        }
        int rank = from.get().rank();
        Optional<Level> onTrack = PlanLevels.of(framework, reached.targetLevelId()).levels().stream()
                .filter(l -> l.rank() > rank)
                .findFirst();
        if (onTrack.isPresent() || !from.get().isShared()) {
            return onTrack;
        }
        return framework.levels().stream().filter(l -> l.rank() > rank).findFirst();
    }

    /**
     * The name Ascent suggests for a plan aiming at {@code target}: "Road to Group PM", or
     * "Road to Group PM (2)" and so on when {@code taken} says a plan has it.
     */
    public static String name(Level target, Predicate<String> taken) {
        String wanted = I18n.t("next.name", target.title());
        String name = wanted;
        for (int n = 2; taken.test(name); n++) {
            name = I18n.t("next.nameNumbered", wanted, n);
        }
        return name;
    }

    /** The levels a next plan from the reached target could aim at: every level above it. */
    public static List<Level> targets(Framework framework, Plan reached) {
        int rank = framework.level(reached.targetLevelId()).map(Level::rank).orElse(Integer.MAX_VALUE);
        return framework.levels().stream().filter(l -> l.rank() > rank).toList();
    }

    /**
     * What {@code next} (a new plan from the reached plan's target) takes over from the reached
     * plan: all its ratings, and its progress on the items of {@code next}'s cells.
     */
    public static CarryOver carryOver(
            Requirements next, Map<String, MilestoneProgress> reachedProgress, Map<String, Rating> ratings) {
        List<MilestoneProgress> progress = next.items().stream()
                .map(m -> reachedProgress.get(m.id()))
                .filter(p -> p != null)
                .toList();
        return new CarryOver(List.copyOf(ratings.values()), progress);
    }

    /**
     * The plan to open in place of {@code plan}: {@code plan} itself unless it was reached and a
     * plan was started from there, else that successor (followed on while it is reached too). A
     * successor is a plan on the same framework whose current level is the reached target,
     * created no earlier than the reached plan; the newest such plan when there are several.
     */
    public static Plan active(Plan plan, List<Plan> plans) {
        Plan shown = plan;
        Set<Long> seen = new HashSet<>();
        while (shown.isReached() && seen.add(shown.id())) {
            Plan reached = shown;
            Optional<Plan> next = plans.stream()
                    .filter(p -> p.id() != reached.id()
                            && p.frameworkId().equals(reached.frameworkId())
                            && p.currentLevelId().equals(reached.targetLevelId())
                            && !p.createdAt().isBefore(reached.createdAt()))
                    .max(Comparator.comparing(Plan::createdAt).thenComparingLong(Plan::id));
            if (next.isEmpty()) {
                break;
            }
            shown = next.get();
        }
        return shown;
    }
}
