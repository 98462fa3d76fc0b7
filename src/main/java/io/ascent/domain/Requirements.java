package io.ascent.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan must demonstrate: its cells (each competency of the plan, core plus its
 * specialization's, at each level of its track above the current level up to the target), each
 * with its items and how many of them are required. A cell's items are the framework's
 * milestones there; a cell with an expectation but no milestones has one implicit item
 * ({@link ExpectationItems}); the user's own milestones join their cells ({@link OwnMilestone});
 * a cell with none of these asks nothing and is left out. Readiness, gaps,
 * next steps and pace all count from here.
 */
public final class Requirements {

    private final PlanLevels path;
    private final List<Cell> cells;
    private final List<Milestone> items;
    private final Map<String, Cell> cellOfItem = new HashMap<>();
    private final Map<String, List<Cell>> cellsOfCompetency = new LinkedHashMap<>();

    public Requirements(PlanLevels path, List<Cell> cells) {
        this.path = path;
        this.cells = List.copyOf(cells);
        List<Milestone> all = new ArrayList<>();
        for (Cell cell : this.cells) {
            cellsOfCompetency
                    .computeIfAbsent(cell.competency().id(), k -> new ArrayList<>())
                    .add(cell);
            for (Milestone m : cell.items()) {
                all.add(m);
                cellOfItem.put(m.id(), cell);
            }
        }
        items = Collections.unmodifiableList(all);
    }

    /** The requirements of {@code plan} on {@code framework}, without milestones of the user's own. */
    public static Requirements of(Framework framework, Plan plan) {
        return of(framework, plan, List.of());
    }

    /** The requirements of {@code plan} on {@code framework} with the user's {@code own} milestones. */
    public static Requirements of(Framework framework, Plan plan, List<OwnMilestone> own) {
        return of(framework, plan.currentLevelId(), plan.targetLevelId(), plan.specializationId(), own);
    }

    /** The same without own milestones. */
    public static Requirements of(
            Framework framework, String currentLevelId, String targetLevelId, String specializationId) {
        return of(framework, currentLevelId, targetLevelId, specializationId, List.of());
    }

    /**
     * The cells between {@code currentLevelId} (exclusive) and {@code targetLevelId} (inclusive)
     * on the target's track, for a plan in {@code specializationId}, in framework order of
     * competencies, then levels; items in framework order, then the user's own milestones in the
     * order they were added. A required own milestone adds a slot to its cell, an optional one is
     * one more way to fill it. Own milestones of a cell outside the plan (after the plan changed
     * levels or specialization) are left out, not lost. An unknown current level counts as below
     * the ladder; an unknown target gives no cells.
     */
    public static Requirements of(
            Framework framework,
            String currentLevelId,
            String targetLevelId,
            String specializationId,
            List<OwnMilestone> own) {
        PlanLevels path = PlanLevels.of(framework, targetLevelId);
        List<Level> climb = PlanLevels.cellLevels(framework, currentLevelId, targetLevelId);
        Map<String, List<Milestone>> byCell = new HashMap<>();
        for (Milestone m : framework.milestones()) {
            byCell.computeIfAbsent(key(m.competencyId(), m.levelId()), k -> new ArrayList<>())
                    .add(m);
        }
        Map<String, List<OwnMilestone>> ownByCell = new HashMap<>();
        own.stream()
                .sorted(Comparator.comparing(OwnMilestone::addedAt).thenComparing(OwnMilestone::id))
                .forEach(m -> ownByCell
                        .computeIfAbsent(key(m.competencyId(), m.levelId()), k -> new ArrayList<>())
                        .add(m));
        List<Cell> cells = new ArrayList<>();
        for (Competency c : framework.competenciesFor(specializationId)) {
            for (Level level : climb) {
                List<Milestone> items = new ArrayList<>();
                int k = 0;
                List<Milestone> milestones = byCell.getOrDefault(key(c.id(), level.id()), List.of());
                if (!milestones.isEmpty()) {
                    items.addAll(milestones);
                    k = needed(framework, c, level.id(), milestones.size());
                } else if (!c.expectationAt(level.id()).isBlank()) {
                    items.add(ExpectationItems.of(c, level));
                    k = 1;
                }
                for (OwnMilestone m : ownByCell.getOrDefault(key(c.id(), level.id()), List.of())) {
                    items.add(m.milestone());
                    k += m.optional() ? 0 : 1;
                }
                if (!items.isEmpty()) {
                    cells.add(new Cell(c, level, items, k));
                }
            }
        }
        return new Requirements(path, cells);
    }

    /**
     * How many of the {@code milestones} of {@code competency} at {@code levelId} demonstrate it
     * (k of n): the competency's own requirement for the level, else the framework's per cell, else
     * all of them; never more than there are. 0 for a cell without milestones.
     */
    public static int needed(Framework framework, Competency competency, String levelId, int milestones) {
        int k = competency
                .requiredAt(levelId)
                .orElse(framework.requiredPerCell().orElse(milestones));
        return Math.min(k, milestones);
    }

    /** Cells of the whole ladder (every competency at every level) with neither an expectation nor a milestone. */
    public static int cellsWithNothingToDemonstrate(Framework framework) {
        Map<String, Boolean> hasMilestones = new HashMap<>();
        framework.milestones().forEach(m -> hasMilestones.put(key(m.competencyId(), m.levelId()), true));
        int empty = 0;
        for (Competency c : framework.competencies()) {
            for (Level level : framework.levels()) {
                if (c.expectationAt(level.id()).isBlank() && !hasMilestones.containsKey(key(c.id(), level.id()))) {
                    empty++;
                }
            }
        }
        return empty;
    }

    private static String key(String competencyId, String levelId) {
        return competencyId + ExpectationItems.SEPARATOR + levelId;
    }

    public PlanLevels path() {
        return path;
    }

    public List<Cell> cells() {
        return cells;
    }

    /** Every item of the plan's checklist, required or alternative, in cell order. */
    public List<Milestone> items() {
        return items;
    }

    public Optional<Milestone> item(String itemId) {
        return cellOf(itemId)
                .flatMap(c ->
                        c.items().stream().filter(m -> m.id().equals(itemId)).findFirst());
    }

    public Optional<Cell> cellOf(String itemId) {
        return Optional.ofNullable(cellOfItem.get(itemId));
    }

    /** The cells of one competency, lowest level first; empty for a competency outside the plan. */
    public List<Cell> cellsOf(String competencyId) {
        return cellsOfCompetency.getOrDefault(competencyId, List.of());
    }

    /** Done slots of required slots over the whole plan: over-achievement in a cell is not counted. */
    public Readiness readiness(Map<String, MilestoneProgress> progress) {
        return readiness(cells, progress);
    }

    /** The same for one competency's cells. */
    public Readiness readinessOf(String competencyId, Map<String, MilestoneProgress> progress) {
        return readiness(cellsOf(competencyId), progress);
    }

    private static Readiness readiness(List<Cell> cells, Map<String, MilestoneProgress> progress) {
        int done = 0;
        int required = 0;
        for (Cell cell : cells) {
            done += cell.counted(progress);
            required += cell.required();
        }
        return new Readiness(done, required);
    }

    /**
     * The items still worth doing: not done, in a cell that is not met yet. Once a cell has its
     * required items done, its other items are optional and drop out of next steps and schedules.
     */
    public List<Milestone> open(Map<String, MilestoneProgress> progress) {
        List<Milestone> open = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.isMet(progress)) {
                continue;
            }
            for (Milestone m : cell.items()) {
                MilestoneProgress p = progress.get(m.id());
                if (p == null || !p.isDone()) {
                    open.add(m);
                }
            }
        }
        return open;
    }

    /**
     * The dates the plan's required slots were filled: per cell, the earliest done dates up to its
     * requirement. Pace counts these, so a third milestone done in a "2 of 3" cell adds no pace.
     */
    public List<LocalDate> slotDates(Map<String, MilestoneProgress> progress) {
        List<LocalDate> dates = new ArrayList<>();
        for (Cell cell : cells) {
            List<LocalDate> done = new ArrayList<>();
            for (Milestone m : cell.items()) {
                MilestoneProgress p = progress.get(m.id());
                if (p != null && p.isDone()) {
                    p.doneDate().ifPresent(done::add);
                }
            }
            done.sort(null);
            dates.addAll(done.subList(0, Math.min(done.size(), cell.required())));
        }
        return dates;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Requirements other && path.equals(other.path) && cells.equals(other.cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }
}
