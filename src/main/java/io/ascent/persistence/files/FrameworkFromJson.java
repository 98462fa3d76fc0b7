package io.ascent.persistence.files;

import io.ascent.domain.Competency;
import io.ascent.domain.Descriptor;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.Resource;
import io.ascent.domain.Specialization;
import io.ascent.domain.Track;
import io.ascent.domain.Translations;
import io.ascent.domain.Translations.Field;
import io.ascent.domain.Translations.Key;
import io.ascent.domain.Translations.Of;
import io.ascent.persistence.files.FrameworkJson.CompetencyJson;
import io.ascent.persistence.files.FrameworkJson.TitledTextsJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

/**
 * Framework files to domain frameworks: inline translations (on every object) become the
 * framework's one {@link Translations} table, and a version 1 file keeps its meaning
 * ({@link FormatOne}). {@link FrameworkToJson} is the way back.
 */
final class FrameworkFromJson {

    private FrameworkFromJson() {}

    static Framework toDomain(FrameworkJson j) {
        if (j.formatVersion() == null || j.formatVersion() < 2) {
            FormatOne.check(j);
        }
        Translations.Builder t = new Translations.Builder();
        each(j.translations(), (lang, x) -> {
            t.put(lang, new Key(Of.FRAMEWORK, "", Field.NAME), x.name());
            t.put(lang, new Key(Of.FRAMEWORK, "", Field.DESCRIPTION), x.description());
        });
        List<Track> tracks = list(j.tracks()).stream()
                .map(x -> {
                    titled(t, Of.TRACK, x.id(), x.translations());
                    return new Track(x.id(), x.title(), x.description());
                })
                .toList();
        List<Level> levels = list(j.levels()).stream()
                .map(x -> {
                    each(x.translations(), (lang, tx) -> {
                        t.put(lang, new Key(Of.LEVEL, x.id(), Field.TITLE), tx.title());
                        t.put(lang, new Key(Of.LEVEL, x.id(), Field.SHORT_TITLE), tx.shortTitle());
                        t.put(lang, new Key(Of.LEVEL, x.id(), Field.SUMMARY), tx.summary());
                    });
                    return new Level(
                            x.id(),
                            x.title(),
                            x.shortTitle(),
                            x.rank() == null ? 0 : x.rank(),
                            Optional.ofNullable(x.track()),
                            x.summary());
                })
                .toList();
        List<Specialization> specializations = list(j.specializations()).stream()
                .map(x -> {
                    titled(t, Of.SPECIALIZATION, x.id(), x.translations());
                    return new Specialization(x.id(), x.title(), x.description());
                })
                .toList();
        List<Competency> competencies =
                list(j.competencies()).stream().map(x -> competency(t, x)).toList();
        List<Milestone> milestones = list(j.milestones()).stream()
                .map(x -> {
                    titled(t, Of.MILESTONE, x.id(), x.translations());
                    return new Milestone(
                            x.id(),
                            x.competency(),
                            x.level(),
                            x.title(),
                            x.description(),
                            x.replaces(),
                            Milestone.Kind.FRAMEWORK);
                })
                .toList();
        List<Resource> resources = list(j.resources()).stream()
                .map(x -> {
                    each(
                            x.translations(),
                            (lang, tx) ->
                                    t.put(lang, new Key(Of.RESOURCE, x.id(), Field.DESCRIPTION), tx.description()));
                    return new Resource(
                            x.id(), x.title(), x.author(), x.kind(), x.url(), x.description(), x.competencies());
                })
                .toList();
        return new Framework(
                j.id(),
                j.version(),
                j.language(),
                j.name(),
                j.description(),
                j.requiredPerCell() == null ? OptionalInt.empty() : OptionalInt.of(j.requiredPerCell()),
                tracks,
                levels,
                specializations,
                competencies,
                milestones,
                resources,
                t.build());
    }

    private static Competency competency(Translations.Builder t, CompetencyJson x) {
        each(x.translations(), (lang, tx) -> {
            t.put(lang, new Key(Of.COMPETENCY, x.id(), Field.AREA), tx.area());
            t.put(lang, new Key(Of.COMPETENCY, x.id(), Field.TITLE), tx.title());
            t.put(lang, new Key(Of.COMPETENCY, x.id(), Field.DESCRIPTION), tx.description());
            each(
                    tx.expectations(),
                    (level, text) -> t.put(lang, new Key(Of.COMPETENCY, x.id(), Field.EXPECTATION, level), text));
            each(tx.descriptors(), (level, d) -> {
                t.put(lang, new Key(Of.COMPETENCY, x.id(), Field.NOT_YET, level), d.notYet());
                t.put(lang, new Key(Of.COMPETENCY, x.id(), Field.STRONG, level), d.strong());
            });
        });
        Map<String, Descriptor> descriptors = new LinkedHashMap<>();
        each(x.descriptors(), (level, d) -> descriptors.put(level, new Descriptor(d.notYet(), d.strong())));
        return new Competency(
                x.id(),
                x.area(),
                x.title(),
                x.description(),
                Optional.ofNullable(x.specialization()).filter(s -> !s.isBlank()),
                x.expectations(),
                x.required(),
                descriptors);
    }

    private static void titled(Translations.Builder t, Of of, String id, Map<String, TitledTextsJson> texts) {
        each(texts, (lang, tx) -> {
            t.put(lang, new Key(of, id, Field.TITLE), tx.title());
            t.put(lang, new Key(of, id, Field.DESCRIPTION), tx.description());
        });
    }

    static <T> void each(Map<String, T> map, BiConsumer<String, T> action) {
        if (map != null) {
            map.forEach(action);
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
