package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import io.ascent.text.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A career ladder: ordered levels, competencies with an expectation per level, milestones,
 * specializations and resources. The constructor checks what makes a ladder usable: unique
 * ids, references that resolve, distinct ranks, and an expectation for every level.
 */
public record Framework(
        String id,
        String version,
        String name,
        String description,
        List<Level> levels,
        List<Specialization> specializations,
        List<Competency> competencies,
        List<Milestone> milestones,
        List<Resource> resources) {

    public Framework {
        requireText(id, "domain.what.frameworkId");
        requireText(name, "domain.what.frameworkName");
        version = version == null || version.isBlank() ? "1" : version.strip();
        description = description == null ? "" : description.strip();
        levels = levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
        specializations = List.copyOf(specializations);
        competencies = List.copyOf(competencies);
        milestones = List.copyOf(milestones);
        resources = List.copyOf(resources);
        validate(levels, specializations, competencies, milestones, resources);
    }

    private static void validate(
            List<Level> levels,
            List<Specialization> specializations,
            List<Competency> competencies,
            List<Milestone> milestones,
            List<Resource> resources) {
        if (levels.size() < 2) {
            throw new IllegalArgumentException(I18n.t("domain.framework.twoLevels", levels.size()));
        }
        Map<String, Level> levelIds = index(levels, Level::id, "domain.kind.level");
        Set<Integer> ranks = new HashSet<>();
        for (Level level : levels) {
            if (!ranks.add(level.rank())) {
                throw new IllegalArgumentException(I18n.t("domain.framework.sharedRank", level.rank()));
            }
        }
        Map<String, Specialization> specIds = index(specializations, Specialization::id, "domain.kind.specialization");
        Map<String, Competency> compIds = index(competencies, Competency::id, "domain.kind.competency");
        for (Competency c : competencies) {
            c.specializationId().ifPresent(s -> {
                if (!specIds.containsKey(s)) {
                    throw new IllegalArgumentException(I18n.t("domain.framework.unknownSpecialization", c.id(), s));
                }
            });
            for (Level level : levels) {
                if (c.expectationAt(level.id()).isBlank()) {
                    throw new IllegalArgumentException(I18n.t("domain.framework.noExpectation", c.id(), level.id()));
                }
            }
            for (String key : c.expectations().keySet()) {
                if (!levelIds.containsKey(key)) {
                    throw new IllegalArgumentException(I18n.t("domain.framework.expectationLevel", c.id(), key));
                }
            }
        }
        index(milestones, Milestone::id, "domain.kind.milestone");
        for (Milestone m : milestones) {
            if (!compIds.containsKey(m.competencyId())) {
                throw new IllegalArgumentException(
                        I18n.t("domain.framework.milestoneCompetency", m.id(), m.competencyId()));
            }
            if (!levelIds.containsKey(m.levelId())) {
                throw new IllegalArgumentException(I18n.t("domain.framework.milestoneLevel", m.id(), m.levelId()));
            }
        }
        index(resources, Resource::id, "domain.kind.resource");
        for (Resource r : resources) {
            for (String cid : r.competencyIds()) {
                if (!compIds.containsKey(cid)) {
                    throw new IllegalArgumentException(I18n.t("domain.framework.resourceCompetency", r.id(), cid));
                }
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException(I18n.t("domain.framework.duplicate", I18n.t(what), id.apply(item)));
            }
        }
        return map;
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    public Optional<Competency> competency(String competencyId) {
        return competencies.stream().filter(c -> c.id().equals(competencyId)).findFirst();
    }

    public Optional<Specialization> specialization(String specializationId) {
        return specializations.stream()
                .filter(s -> s.id().equals(specializationId))
                .findFirst();
    }

    public Optional<Milestone> milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst();
    }

    /** Rank of a level, or 0 for an id the framework does not know. */
    public int rankOf(String levelId) {
        return level(levelId).map(Level::rank).orElse(0);
    }

    /** Competencies that a plan in the given specialization works on, in framework order. */
    public List<Competency> competenciesFor(String specializationId) {
        return competencies.stream().filter(c -> c.appliesTo(specializationId)).toList();
    }

    /**
     * The milestones a plan must complete to reach {@code targetLevelId}: those of the core
     * competencies and of its specialization's, at levels above the current one up to and
     * including the target, in framework order.
     */
    public List<Milestone> requiredMilestones(String currentLevelId, String targetLevelId, String specializationId) {
        int from = rankOf(currentLevelId);
        int to = rankOf(targetLevelId);
        Set<String> applicable = new HashSet<>();
        for (Competency c : competenciesFor(specializationId)) {
            applicable.add(c.id());
        }
        Map<String, Integer> ranks = new HashMap<>();
        levels.forEach(l -> ranks.put(l.id(), l.rank()));
        List<Milestone> result = new ArrayList<>();
        for (Milestone m : milestones) {
            int rank = ranks.getOrDefault(m.levelId(), 0);
            if (rank > from && rank <= to && applicable.contains(m.competencyId())) {
                result.add(m);
            }
        }
        return result;
    }
}
