package io.ascent.domain;

import io.ascent.text.I18n;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a schema cannot say about a framework: ids unique per kind, references that resolve
 * (specializations, tracks, levels, competencies), ranks distinct on every track (a shared level
 * counts on every track), requirements of at least one, replaced ids that are not milestones of
 * this edition and are replaced once, and translations that name this framework's levels.
 */
final class FrameworkRules {

    /** A BCP 47 language tag as ladders use them: "en", "es", "zh-CN", "pt-BR", "sr-Latn". */
    static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private FrameworkRules() {}

    static void check(
            String language,
            OptionalInt requiredPerCell,
            List<Track> tracks,
            List<Level> levels,
            List<Specialization> specializations,
            List<Competency> competencies,
            List<Milestone> milestones,
            List<Resource> resources,
            Translations translations) {
        requireLanguage(language);
        requiredPerCell.ifPresent(k -> requireCount(k, "domain.framework.requiredPerCell", k));
        if (levels.size() < 2) {
            fail("domain.framework.twoLevels", levels.size());
        }
        Map<String, Track> trackIds = index(tracks, Track::id, "domain.kind.track");
        Map<String, Level> levelIds = index(levels, Level::id, "domain.kind.level");
        checkTracks(trackIds, levels);
        Map<String, Specialization> specIds = index(specializations, Specialization::id, "domain.kind.specialization");
        Map<String, Competency> compIds = index(competencies, Competency::id, "domain.kind.competency");
        for (Competency c : competencies) {
            c.specializationId().ifPresent(s -> {
                if (!specIds.containsKey(s)) {
                    fail("domain.framework.unknownSpecialization", c.id(), s);
                }
            });
            c.expectations().keySet().forEach(l -> requireLevel(levelIds, l, "domain.framework.expectationLevel", c));
            c.required().forEach((l, k) -> {
                requireLevel(levelIds, l, "domain.framework.requiredLevel", c);
                requireCount(k, "domain.framework.requiredCount", c.id(), l, k);
            });
            c.descriptors().keySet().forEach(l -> requireLevel(levelIds, l, "domain.framework.descriptorLevel", c));
        }
        Map<String, Milestone> milestoneIds = index(milestones, Milestone::id, "domain.kind.milestone");
        checkMilestones(milestones, milestoneIds, compIds, levelIds);
        Map<String, Resource> resourceIds = index(resources, Resource::id, "domain.kind.resource");
        for (Resource r : resources) {
            for (String cid : r.competencyIds()) {
                if (!compIds.containsKey(cid)) {
                    fail("domain.framework.resourceCompetency", r.id(), cid);
                }
            }
        }
        checkTranslations(
                language,
                translations,
                Map.of(
                        Translations.Of.FRAMEWORK, Set.of(""),
                        Translations.Of.TRACK, trackIds.keySet(),
                        Translations.Of.LEVEL, levelIds.keySet(),
                        Translations.Of.SPECIALIZATION, specIds.keySet(),
                        Translations.Of.COMPETENCY, compIds.keySet(),
                        Translations.Of.MILESTONE, milestoneIds.keySet(),
                        Translations.Of.RESOURCE, resourceIds.keySet()),
                levelIds);
    }

    /** Every track is named by a level; ranks are distinct on each path (shared levels count on all). */
    private static void checkTracks(Map<String, Track> tracks, List<Level> levels) {
        for (Level level : levels) {
            level.trackId().ifPresent(t -> {
                if (!tracks.containsKey(t)) {
                    fail("domain.framework.unknownTrack", level.id(), t);
                }
            });
        }
        for (String track : tracks.keySet()) {
            if (levels.stream().noneMatch(l -> l.trackId().equals(Optional.of(track)))) {
                fail("domain.framework.emptyTrack", track);
            }
        }
        List<Optional<String>> paths = tracks.isEmpty()
                ? List.of(Optional.empty())
                : tracks.keySet().stream().map(Optional::of).toList();
        for (Optional<String> path : paths) {
            Map<Integer, Level> ranks = new HashMap<>();
            for (Level level : levels) {
                Level other = level.isOn(path) ? ranks.putIfAbsent(level.rank(), level) : null;
                if (other != null) {
                    if (path.isEmpty()) {
                        fail("domain.framework.sharedRank", level.rank());
                    }
                    fail("domain.framework.trackRank", other.id(), level.id(), level.rank(), path.get());
                }
            }
        }
    }

    private static void checkMilestones(
            List<Milestone> milestones,
            Map<String, Milestone> ids,
            Map<String, Competency> competencies,
            Map<String, Level> levels) {
        Map<String, String> replacedBy = new HashMap<>();
        for (Milestone m : milestones) {
            if (!competencies.containsKey(m.competencyId())) {
                fail("domain.framework.milestoneCompetency", m.id(), m.competencyId());
            }
            if (!levels.containsKey(m.levelId())) {
                fail("domain.framework.milestoneLevel", m.id(), m.levelId());
            }
            if (m.isImplicit()) {
                throw new IllegalArgumentException("a framework holds only its own milestones: " + m.id());
            }
            for (String old : m.replaces()) {
                if (!InputRules.isId(old)) {
                    fail("domain.framework.replacesId", m.id(), old);
                }
                if (ids.containsKey(old)) {
                    fail("domain.framework.replacesCurrent", m.id(), old);
                }
                String earlier = replacedBy.putIfAbsent(old, m.id());
                if (earlier != null) {
                    fail("domain.framework.replacedTwice", earlier, m.id(), old);
                }
            }
        }
    }

    private static void checkTranslations(
            String language,
            Translations translations,
            Map<Translations.Of, Set<String>> ids,
            Map<String, Level> levels) {
        for (String tag : translations.languages()) {
            requireLanguage(tag);
            if (tag.equalsIgnoreCase(language)) {
                fail("domain.framework.translationOwn", tag);
            }
            for (Translations.Key key : translations.byLanguage().get(tag).keySet()) {
                if (!ids.get(key.of()).contains(key.id())) {
                    fail("domain.framework.translationTarget", tag, I18n.t(kindKey(key.of())), key.id());
                }
                if (!key.levelId().isEmpty() && !levels.containsKey(key.levelId())) {
                    fail("domain.framework.translationLevel", tag, key.id(), key.levelId());
                }
            }
        }
    }

    private static String kindKey(Translations.Of of) {
        return switch (of) {
            case FRAMEWORK -> "domain.what.frameworkId";
            case TRACK -> "domain.kind.track";
            case LEVEL -> "domain.kind.level";
            case SPECIALIZATION -> "domain.kind.specialization";
            case COMPETENCY -> "domain.kind.competency";
            case MILESTONE -> "domain.kind.milestone";
            case RESOURCE -> "domain.kind.resource";
        };
    }

    static boolean isLanguage(String tag) {
        return tag != null && tag.length() <= 35 && LANGUAGE.matcher(tag).matches();
    }

    private static void requireLanguage(String tag) {
        if (!isLanguage(tag)) {
            fail("domain.framework.language", tag);
        }
    }

    private static void requireLevel(Map<String, Level> levels, String levelId, String key, Competency c) {
        if (!levels.containsKey(levelId)) {
            fail(key, c.id(), levelId);
        }
    }

    private static void requireCount(int k, String key, Object... args) {
        if (k < 1) {
            fail(key, args);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(id.apply(item), item) != null) {
                fail("domain.framework.duplicate", I18n.t(what), id.apply(item));
            }
        }
        return map;
    }

    private static void fail(String key, Object... args) {
        throw new IllegalArgumentException(I18n.t(key, args));
    }
}
