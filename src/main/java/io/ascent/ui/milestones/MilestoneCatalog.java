package io.ascent.ui.milestones;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A plan's milestones in display order (area, then competency, then framework order) with
 * their search text prepared once, so filtering on every keystroke is a plain loop over a list.
 * No JavaFX here: it is unit-tested and benchmarked on its own.
 */
public final class MilestoneCatalog {

    /** A milestone with what the list shows and searches. */
    public record Entry(Milestone milestone, Competency competency, Level level, String searchText) {}

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byCompetency = new LinkedHashMap<>();
    private final Map<String, List<Entry>> byArea = new LinkedHashMap<>();
    private final List<Level> levels;

    private MilestoneCatalog(List<Entry> entries, List<Level> levels) {
        this.entries = List.copyOf(entries);
        this.levels = List.copyOf(levels);
        for (Entry e : this.entries) {
            byCompetency
                    .computeIfAbsent(e.competency().id(), k -> new ArrayList<>())
                    .add(e);
            byArea.computeIfAbsent(e.competency().area(), k -> new ArrayList<>())
                    .add(e);
        }
    }

    /** The catalog of {@code milestones}, which belong to competencies of {@code framework}. */
    public static MilestoneCatalog of(Framework framework, List<Milestone> milestones) {
        Map<String, Level> levelsById = new HashMap<>();
        framework.levels().forEach(l -> levelsById.put(l.id(), l));
        Map<String, List<Milestone>> byCompetency = new HashMap<>();
        for (Milestone m : milestones) {
            byCompetency
                    .computeIfAbsent(m.competencyId(), k -> new ArrayList<>())
                    .add(m);
        }
        Map<String, List<Competency>> areas = new LinkedHashMap<>();
        for (Competency c : framework.competencies()) {
            areas.computeIfAbsent(c.area(), k -> new ArrayList<>()).add(c);
        }
        List<Entry> entries = new ArrayList<>(milestones.size());
        for (List<Competency> area : areas.values()) {
            for (Competency c : area) {
                for (Milestone m : byCompetency.getOrDefault(c.id(), List.of())) {
                    String text = (m.title() + "\n" + m.description()).toLowerCase(Locale.ROOT);
                    entries.add(new Entry(m, c, levelsById.get(m.levelId()), text));
                }
            }
        }
        List<Level> used = framework.levels().stream()
                .filter(l -> milestones.stream().anyMatch(m -> m.levelId().equals(l.id())))
                .toList();
        return new MilestoneCatalog(entries, used);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The competencies that have milestones here, in display order. */
    public List<Competency> competencies() {
        return byCompetency.values().stream()
                .map(list -> list.get(0).competency())
                .toList();
    }

    /** The levels that have milestones here, lowest first. */
    public List<Level> levels() {
        return levels;
    }

    public List<Entry> ofCompetency(String competencyId) {
        return byCompetency.getOrDefault(competencyId, List.of());
    }

    /** The competencies of {@code area} that have items here, in display order. */
    public List<Competency> competenciesOf(String area) {
        return ofArea(area).stream().map(Entry::competency).distinct().toList();
    }

    public List<Entry> ofArea(String area) {
        return byArea.getOrDefault(area, List.of());
    }

    /** The entries that pass {@code filter}, in display order. */
    public List<Entry> filter(MilestoneFilter filter, Function<String, MilestoneProgress> progress) {
        if (filter.isNone()) {
            return entries;
        }
        String[] terms = filter.terms();
        String competency = filter.competencyId().orElse(null);
        String level = filter.levelId().orElse(null);
        List<Entry> result = new ArrayList<>();
        for (Entry e : entries) {
            if (competency != null && !competency.equals(e.competency().id())
                    || level != null && !level.equals(e.milestone().levelId())
                    || !inScope(filter.scope(), e.competency())
                    || !containsAll(e.searchText(), terms)
                    || filter.status().isPresent()
                            && progress.apply(e.milestone().id()).status()
                                    != filter.status().get()) {
                continue;
            }
            result.add(e);
        }
        return result;
    }

    private static boolean inScope(MilestoneFilter.Scope scope, Competency c) {
        return switch (scope) {
            case ALL -> true;
            case CORE -> c.isCore();
            case SPECIALIZATION -> !c.isCore();
        };
    }

    private static boolean containsAll(String text, String[] terms) {
        for (String term : terms) {
            if (!text.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
