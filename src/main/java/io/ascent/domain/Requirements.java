package io.ascent.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
 * ({@link ExpectationItems}); a cell with neither asks nothing and is left out. Readiness, gaps,
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

    /** The requirements of {@code plan} on {@code framework}. */
    public static Requirements of(Framework framework, Plan plan) {
        return of(framework, plan.currentLevelId(), plan.targetLevelId(), plan.specializationId());
    }

    /**
     * The cells between {@code currentLevelId} (exclusive) and {@code targetLevelId} (inclusive)
     * on the target's track, for a plan in {@code specializationId}, in framework order of
     * competencies, then levels; items in framework order. An unknown current level counts as
     * below the ladder; an unknown target gives no cells.
     */
    public static Requirements of(
            Framework framework, String currentLevelId, String targetLevelId, String specializationId) {
        PlanLevels path = PlanLevels.of(framework, targetLevelId);
        int from = framework.level(currentLevelId).map(Level::rank).orElse(0);
        int to = framework.level(targetLevelId).map(Level::rank).orElse(0);
        List<Level> climb = path.climb(from, to);
        Map<String, List<Milestone>> byCell = new HashMap<>();
        for (Milestone m : framework.milestones()) {
            byCell.computeIfAbsent(key(m.competencyId(), m.levelId()), k -> new ArrayList<>())
                    .add(m);
        }
        List<Cell> cells = new ArrayList<>();
        for (Competency c : framework.competenciesFor(specializationId)) {
            for (Level level : climb) {
                List<Milestone> milestones = byCell.getOrDefault(key(c.id(), level.id()), List.of());
                if (!milestones.isEmpty()) {
                    int k = c.requiredAt(level.id())
                            .orElse(framework.requiredPerCell().orElse(milestones.size()));
                    cells.add(new Cell(c, level, milestones, Math.min(k, milestones.size())));
                } else if (!c.expectationAt(level.id()).isBlank()) {
                    cells.add(new Cell(c, level, List.of(ExpectationItems.of(c, level)), 1));
                }
            }
        }
        return new Requirements(path, cells);
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
