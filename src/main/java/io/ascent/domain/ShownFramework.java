package io.ascent.domain;

import io.ascent.domain.Translations.Field;
import io.ascent.domain.Translations.Key;
import io.ascent.domain.Translations.Of;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@link Framework#in}: the same framework with each text in one language, falling back per field. */
final class ShownFramework {

    private final Framework f;
    private final String language;

    private ShownFramework(Framework f, String language) {
        this.f = f;
        this.language = language;
    }

    static Framework in(Framework f, String language) {
        return new ShownFramework(f, language).build();
    }

    private String text(Of of, String id, Field field, String own) {
        return text(new Key(of, id, field), own);
    }

    private String text(Key key, String own) {
        return f.translations().text(language, key).orElse(own);
    }

    private Framework build() {
        return new Framework(
                f.id(),
                f.version(),
                language,
                text(Of.FRAMEWORK, "", Field.NAME, f.name()),
                text(Of.FRAMEWORK, "", Field.DESCRIPTION, f.description()),
                f.requiredPerCell(),
                f.tracks().stream()
                        .map(t -> new Track(
                                t.id(),
                                text(Of.TRACK, t.id(), Field.TITLE, t.title()),
                                text(Of.TRACK, t.id(), Field.DESCRIPTION, t.description())))
                        .toList(),
                f.levels().stream()
                        .map(l -> new Level(
                                l.id(),
                                text(Of.LEVEL, l.id(), Field.TITLE, l.title()),
                                shortTitle(l),
                                l.rank(),
                                l.trackId(),
                                text(Of.LEVEL, l.id(), Field.SUMMARY, l.summary())))
                        .toList(),
                f.specializations().stream()
                        .map(s -> new Specialization(
                                s.id(),
                                text(Of.SPECIALIZATION, s.id(), Field.TITLE, s.title()),
                                text(Of.SPECIALIZATION, s.id(), Field.DESCRIPTION, s.description())))
                        .toList(),
                f.competencies().stream().map(this::competency).toList(),
                f.milestones().stream()
                        .map(m -> new Milestone(
                                m.id(),
                                m.competencyId(),
                                m.levelId(),
                                text(Of.MILESTONE, m.id(), Field.TITLE, m.title()),
                                text(Of.MILESTONE, m.id(), Field.DESCRIPTION, m.description()),
                                m.replaces(),
                                m.kind()))
                        .toList(),
                f.resources().stream()
                        .map(r -> new Resource(
                                r.id(),
                                r.title(),
                                r.author(),
                                r.kind(),
                                r.url(),
                                text(Of.RESOURCE, r.id(), Field.DESCRIPTION, r.description()),
                                r.competencyIds()))
                        .toList(),
                Translations.NONE);
    }

    /** A short title the file left out is the title, so it follows the title's translation. */
    private String shortTitle(Level l) {
        String own = l.shortTitle().equals(l.title()) ? text(Of.LEVEL, l.id(), Field.TITLE, l.title()) : l.shortTitle();
        return text(Of.LEVEL, l.id(), Field.SHORT_TITLE, own);
    }

    private Competency competency(Competency c) {
        Map<String, String> expectations = new LinkedHashMap<>();
        c.expectations()
                .forEach((level, own) ->
                        expectations.put(level, text(new Key(Of.COMPETENCY, c.id(), Field.EXPECTATION, level), own)));
        Map<String, Descriptor> descriptors = new LinkedHashMap<>();
        c.descriptors()
                .forEach((level, own) -> descriptors.put(
                        level,
                        new Descriptor(
                                text(new Key(Of.COMPETENCY, c.id(), Field.NOT_YET, level), own.notYet()),
                                text(new Key(Of.COMPETENCY, c.id(), Field.STRONG, level), own.strong()))));
        return new Competency(
                c.id(),
                text(Of.COMPETENCY, c.id(), Field.AREA, c.area()),
                text(Of.COMPETENCY, c.id(), Field.TITLE, c.title()),
                text(Of.COMPETENCY, c.id(), Field.DESCRIPTION, c.description()),
                c.specializationId(),
                expectations,
                c.required(),
                descriptors);
    }
}
