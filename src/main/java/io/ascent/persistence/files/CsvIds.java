package io.ascent.persistence.files;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.Specialization;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The ids of a CSV import's rows. An id column wins; otherwise a name the stored framework of the
 * same id already has keeps the id it was given there (levels, specializations and competencies
 * by title, milestones by competency, level and title), so ids made once never change under a
 * user's progress; every other name gets {@link Slugs#of its slug}, numbered {@code -2},
 * {@code -3}, ... in file order when another row has that id already.
 */
final class CsvIds {

    /** One row that needs an id: the name it is kept by, its id column if any, and the id its name makes. */
    record Wanted(String key, Optional<String> explicit, String derived) {

        /** A row known by its name, with the slug of that name as its new id. */
        static Wanted named(String name) {
            return new Wanted(CsvIds.key(name), Optional.empty(), Slugs.of(name));
        }

        Wanted withExplicit(Optional<String> id) {
            return new Wanted(key, id, derived);
        }
    }

    private final Map<String, List<String>> levels;
    private final Map<String, List<String>> specializations;
    private final Map<String, List<String>> competencies;
    private final Map<String, List<String>> milestones;

    private CsvIds(Optional<Framework> stored) {
        levels = byKey(stored.map(Framework::levels).orElse(List.of()), l -> key(l.title()), Level::id);
        specializations = byKey(
                stored.map(Framework::specializations).orElse(List.of()), s -> key(s.title()), Specialization::id);
        competencies =
                byKey(stored.map(Framework::competencies).orElse(List.of()), c -> key(c.title()), Competency::id);
        milestones = byKey(
                stored.map(Framework::milestones).orElse(List.of()),
                m -> milestoneKey(m.competencyId(), m.levelId(), m.title()),
                Milestone::id);
    }

    /** The ids {@code stored} gave, to be kept; none for a first import. */
    static CsvIds keptFrom(Optional<Framework> stored) {
        return new CsvIds(stored);
    }

    List<String> levels(List<Wanted> rows) {
        return assign(rows, levels);
    }

    List<String> specializations(List<Wanted> rows) {
        return assign(rows, specializations);
    }

    List<String> competencies(List<Wanted> rows) {
        return assign(rows, competencies);
    }

    List<String> milestones(List<Wanted> rows) {
        return assign(rows, milestones);
    }

    /** Names match whatever their case, spacing at the ends or Unicode normalization form. */
    static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    static String milestoneKey(String competencyId, String levelId, String title) {
        return competencyId + "\n" + levelId + "\n" + key(title);
    }

    /**
     * Explicit ids first, then kept ones, then new ones, so a new row never takes an id that a
     * later row keeps. Only two equal explicit ids can come out equal; the caller says where.
     */
    private static List<String> assign(List<Wanted> rows, Map<String, List<String>> kept) {
        String[] ids = new String[rows.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).explicit().isPresent()) {
                ids[i] = rows.get(i).explicit().get();
                taken.add(ids[i]);
            }
        }
        Map<String, Deque<String>> unused = new HashMap<>();
        kept.forEach((key, list) -> unused.put(key, new ArrayDeque<>(list)));
        for (int i = 0; i < rows.size(); i++) {
            Deque<String> candidates = unused.getOrDefault(rows.get(i).key(), new ArrayDeque<>());
            while (ids[i] == null && !candidates.isEmpty()) {
                String id = candidates.poll();
                if (taken.add(id)) {
                    ids[i] = id;
                }
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (ids[i] == null) {
                String base = rows.get(i).derived();
                String id = base;
                for (int n = 2; taken.contains(id); n++) {
                    id = base + "-" + n;
                }
                taken.add(id);
                ids[i] = id;
            }
        }
        return List.of(ids);
    }

    private static <T> Map<String, List<String>> byKey(List<T> items, Function<T, String> key, Function<T, String> id) {
        Map<String, List<String>> result = new HashMap<>();
        for (T item : items) {
            result.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(id.apply(item));
        }
        return result;
    }
}
