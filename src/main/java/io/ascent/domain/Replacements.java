package io.ascent.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which milestones of a framework's previous edition live on under another id ({@link
 * Milestone#replaces()}), and how a plan's progress moves along: progress stored under a retired
 * id becomes progress on the milestone that replaces it, merged with any progress that milestone
 * already has. The one rule for the database ({@code ProgressCarryOver}), plan files and the
 * history of check-ins. See docs/decisions/0006-progress-follows-replaces.md.
 */
public final class Replacements {

    /** What moving one plan's progress writes: the merged rows, and the retired ids whose rows go. */
    public record Move(List<MilestoneProgress> write, Set<String> remove) {
        public Move {
            write = List.copyOf(write);
            remove = Set.copyOf(remove);
        }

        public boolean isEmpty() {
            return remove.isEmpty();
        }
    }

    private final Map<String, String> successor;

    private Replacements(Map<String, String> successor) {
        this.successor = successor;
    }

    /** The replaced ids of {@code framework}, each with the milestone that carries it on. */
    public static Replacements of(Framework framework) {
        Map<String, String> successor = new LinkedHashMap<>();
        for (Milestone m : framework.milestones()) {
            for (String old : m.replaces()) {
                successor.put(old, m.id());
            }
        }
        return new Replacements(successor);
    }

    public boolean isEmpty() {
        return successor.isEmpty();
    }

    /** Every retired id, e.g. to ask the database which plans still hold progress on one. */
    public Set<String> retiredIds() {
        return successor.keySet();
    }

    /** The id progress on {@code milestoneId} counts for today: its successor if it was replaced, else itself. */
    public String current(String milestoneId) {
        return successor.getOrDefault(milestoneId, milestoneId);
    }

    /** The milestone that replaced {@code retiredId}, if it was replaced. */
    public Optional<String> successor(String retiredId) {
        return Optional.ofNullable(successor.get(retiredId));
    }

    /**
     * How a plan's {@code stored} progress moves: nothing when it holds no retired id. Otherwise
     * each successor gets one row merged from its own (first) and its predecessors' ({@link
     * #merge}), and the retired rows go.
     */
    public Move move(Collection<MilestoneProgress> stored) {
        Map<String, MilestoneProgress> byId = new LinkedHashMap<>();
        stored.forEach(p -> byId.put(p.milestoneId(), p));
        Map<String, List<MilestoneProgress>> bySuccessor = new LinkedHashMap<>();
        Set<String> remove = new LinkedHashSet<>();
        for (MilestoneProgress p : stored) {
            String next = successor.get(p.milestoneId());
            if (next != null) {
                remove.add(p.milestoneId());
                bySuccessor.computeIfAbsent(next, id -> new ArrayList<>()).add(p);
            }
        }
        List<MilestoneProgress> write = new ArrayList<>();
        bySuccessor.forEach((id, predecessors) -> write.add(merge(
                id,
                Stream.concat(
                                Stream.ofNullable(byId.get(id)),
                                predecessors.stream().sorted(Comparator.comparing(MilestoneProgress::milestoneId)))
                        .toList())));
        return new Move(write, remove);
    }

    /** {@code progress} with every retired id moved to its successor, as {@link #move} would store it. */
    public List<MilestoneProgress> carried(Collection<MilestoneProgress> progress) {
        Move move = move(progress);
        Map<String, MilestoneProgress> result = new LinkedHashMap<>();
        progress.stream()
                .filter(p -> !move.remove().contains(p.milestoneId()))
                .forEach(p -> result.put(p.milestoneId(), p));
        move.write().forEach(p -> result.put(p.milestoneId(), p));
        return List.copyOf(result.values());
    }

    /**
     * One row from several rows of progress that now mean the same milestone {@code id}, the
     * successor's own first: the furthest status (done, then in progress), the earliest done
     * date, the first due date, every distinct evidence and note (a blank line between them,
     * within {@link MilestoneProgress#MAX_TEXT}) and every distinct link (up to {@link
     * MilestoneLinks#MAX_LINKS}). Nothing a user wrote is dropped unless it would not fit.
     */
    static MilestoneProgress merge(String id, List<MilestoneProgress> rows) {
        MilestoneStatus status = rows.stream()
                .map(MilestoneProgress::status)
                .max(Comparator.comparingInt(Replacements::advance))
                .orElse(MilestoneStatus.TODO);
        Optional<LocalDate> done = status == MilestoneStatus.DONE
                ? rows.stream()
                        .filter(MilestoneProgress::isDone)
                        .flatMap(p -> p.doneDate().stream())
                        .min(Comparator.naturalOrder())
                : Optional.empty();
        Optional<LocalDate> due =
                rows.stream().flatMap(p -> p.dueDate().stream()).findFirst();
        List<String> links = rows.stream()
                .flatMap(p -> p.links().stream())
                .distinct()
                .limit(MilestoneLinks.MAX_LINKS)
                .toList();
        return new MilestoneProgress(
                id,
                status,
                done,
                due,
                joined(rows.stream().map(MilestoneProgress::evidence)),
                joined(rows.stream().map(MilestoneProgress::notes)),
                links);
    }

    private static int advance(MilestoneStatus status) {
        return switch (status) {
            case TODO -> 0;
            case IN_PROGRESS -> 1;
            case DONE -> 2;
        };
    }

    private static String joined(Stream<String> texts) {
        String text =
                String.join("\n\n", texts.filter(t -> !t.isBlank()).distinct().toList());
        if (text.length() <= MilestoneProgress.MAX_TEXT) {
            return text;
        }
        int end = MilestoneProgress.MAX_TEXT - 1;
        // Never cut a surrogate pair in half: the half left would not be storable.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
