package io.ascent.persistence.files;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Translations;
import io.ascent.domain.Translations.Field;
import io.ascent.domain.Translations.Key;
import io.ascent.domain.Translations.Of;
import io.ascent.persistence.files.FrameworkJson.CompetencyJson;
import io.ascent.persistence.files.FrameworkJson.CompetencyTextsJson;
import io.ascent.persistence.files.FrameworkJson.DescriptorJson;
import io.ascent.persistence.files.FrameworkJson.FrameworkTextsJson;
import io.ascent.persistence.files.FrameworkJson.LevelJson;
import io.ascent.persistence.files.FrameworkJson.LevelTextsJson;
import io.ascent.persistence.files.FrameworkJson.MilestoneJson;
import io.ascent.persistence.files.FrameworkJson.ResourceJson;
import io.ascent.persistence.files.FrameworkJson.ResourceTextsJson;
import io.ascent.persistence.files.FrameworkJson.SpecializationJson;
import io.ascent.persistence.files.FrameworkJson.TitledTextsJson;
import io.ascent.persistence.files.FrameworkJson.TrackJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Domain frameworks to framework files, translations back inline on their objects. A framework
 * is written as version 1 whenever it needs nothing of version 2 ({@link FormatOne#suffices}), so
 * what Ascent stores for a version 1 ladder stays readable by an older Ascent.
 */
final class FrameworkToJson {

    private FrameworkToJson() {}

    static FrameworkJson of(Framework f) {
        Texts texts = new Texts(f.translations());
        return new FrameworkJson(
                FormatOne.suffices(f) ? 1 : FrameworkJson.FORMAT_VERSION,
                f.id(),
                f.version(),
                f.language().equals(Framework.DEFAULT_LANGUAGE) ? null : f.language(),
                f.name(),
                f.description(),
                f.requiredPerCell().isPresent() ? f.requiredPerCell().getAsInt() : null,
                f.tracks().isEmpty()
                        ? null
                        : f.tracks().stream()
                                .map(x -> new TrackJson(
                                        x.id(), x.title(), x.description(), texts.titled(Of.TRACK, x.id())))
                                .toList(),
                f.levels().stream()
                        .map(x -> new LevelJson(
                                x.id(),
                                x.title(),
                                x.shortTitle().equals(x.title()) ? null : x.shortTitle(),
                                x.rank(),
                                x.trackId().orElse(null),
                                x.summary(),
                                texts.of(lang -> nonEmpty(new LevelTextsJson(
                                        texts.get(lang, new Key(Of.LEVEL, x.id(), Field.TITLE)),
                                        texts.get(lang, new Key(Of.LEVEL, x.id(), Field.SHORT_TITLE)),
                                        texts.get(lang, new Key(Of.LEVEL, x.id(), Field.SUMMARY)))))))
                        .toList(),
                f.specializations().stream()
                        .map(x -> new SpecializationJson(
                                x.id(), x.title(), x.description(), texts.titled(Of.SPECIALIZATION, x.id())))
                        .toList(),
                f.competencies().stream().map(c -> competency(c, texts)).toList(),
                f.milestones().stream()
                        .map(m -> new MilestoneJson(
                                m.id(),
                                m.competencyId(),
                                m.levelId(),
                                m.title(),
                                m.description(),
                                m.replaces().isEmpty() ? null : m.replaces(),
                                texts.titled(Of.MILESTONE, m.id())))
                        .toList(),
                f.resources().stream()
                        .map(r -> new ResourceJson(
                                r.id(),
                                r.title(),
                                r.author(),
                                r.kind(),
                                r.url(),
                                r.description().isEmpty() ? null : r.description(),
                                r.competencyIds(),
                                texts.of(lang -> Optional.ofNullable(
                                                texts.get(lang, new Key(Of.RESOURCE, r.id(), Field.DESCRIPTION)))
                                        .map(ResourceTextsJson::new))))
                        .toList(),
                texts.of(lang -> nonEmpty(new FrameworkTextsJson(
                        texts.get(lang, new Key(Of.FRAMEWORK, "", Field.NAME)),
                        texts.get(lang, new Key(Of.FRAMEWORK, "", Field.DESCRIPTION))))));
    }

    private static CompetencyJson competency(Competency c, Texts texts) {
        Map<String, DescriptorJson> descriptors = new LinkedHashMap<>();
        c.descriptors().forEach((level, d) -> descriptors.put(level, descriptor(d.notYet(), d.strong())));
        return new CompetencyJson(
                c.id(),
                c.area(),
                c.title(),
                c.description(),
                c.specializationId().orElse(null),
                c.expectations(),
                c.required().isEmpty() ? null : c.required(),
                descriptors.isEmpty() ? null : descriptors,
                texts.of(lang -> {
                    Map<String, String> expectations = new LinkedHashMap<>();
                    Map<String, DescriptorJson> described = new LinkedHashMap<>();
                    texts.perLevel(lang, c.id()).forEach(key -> {
                        String level = key.levelId();
                        if (key.field() == Field.EXPECTATION) {
                            expectations.put(level, texts.get(lang, key));
                        } else if (!described.containsKey(level)) {
                            described.put(
                                    level,
                                    descriptor(
                                            texts.get(lang, new Key(Of.COMPETENCY, c.id(), Field.NOT_YET, level)),
                                            texts.get(lang, new Key(Of.COMPETENCY, c.id(), Field.STRONG, level))));
                        }
                    });
                    return nonEmpty(new CompetencyTextsJson(
                            texts.get(lang, new Key(Of.COMPETENCY, c.id(), Field.AREA)),
                            texts.get(lang, new Key(Of.COMPETENCY, c.id(), Field.TITLE)),
                            texts.get(lang, new Key(Of.COMPETENCY, c.id(), Field.DESCRIPTION)),
                            expectations.isEmpty() ? null : expectations,
                            described.isEmpty() ? null : described));
                }));
    }

    private static DescriptorJson descriptor(String notYet, String strong) {
        return new DescriptorJson(
                notYet == null || notYet.isEmpty() ? null : notYet, strong == null || strong.isEmpty() ? null : strong);
    }

    /** A translation record with at least one text, or empty when all its fields are null. */
    private static <T extends Record> Optional<T> nonEmpty(T texts) {
        for (var component : texts.getClass().getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(texts) != null) {
                    return Optional.of(texts);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    /** The translations table read back per object, for writing them inline. */
    private record Texts(Translations translations) {

        String get(String language, Key key) {
            return translations.text(language, key).orElse(null);
        }

        /** Language to texts, with the languages that have any; null when none has. */
        <T> Map<String, T> of(Function<String, Optional<T>> texts) {
            Map<String, T> map = new LinkedHashMap<>();
            for (String lang : translations.languages()) {
                texts.apply(lang).ifPresent(x -> map.put(lang, x));
            }
            return map.isEmpty() ? null : map;
        }

        Map<String, TitledTextsJson> titled(Of of, String id) {
            return of(lang -> nonEmpty(new TitledTextsJson(
                    get(lang, new Key(of, id, Field.TITLE)), get(lang, new Key(of, id, Field.DESCRIPTION)))));
        }

        /** The per-level keys (expectations, descriptors) of a competency in one language, in file order. */
        List<Key> perLevel(String language, String competencyId) {
            return translations.byLanguage().get(language).keySet().stream()
                    .filter(k -> k.of() == Of.COMPETENCY
                            && k.id().equals(competencyId)
                            && !k.levelId().isEmpty())
                    .toList();
        }
    }
}
