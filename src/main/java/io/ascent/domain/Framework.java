package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A career ladder: levels (optionally on tracks), competencies with an expectation per level,
 * milestones, specializations and resources, written in one language with optional
 * translations. The constructor checks what makes a ladder usable ({@link FrameworkRules}):
 * unique ids, references that resolve, ranks distinct on every track. {@code requiredPerCell} is
 * the default number of a cell's milestones that demonstrate it; empty means all of them.
 */
public record Framework(
        String id,
        String version,
        String language,
        String name,
        String description,
        OptionalInt requiredPerCell,
        List<Track> tracks,
        List<Level> levels,
        List<Specialization> specializations,
        List<Competency> competencies,
        List<Milestone> milestones,
        List<Resource> resources,
        Translations translations) {

    /** The language of a framework file that does not name one. */
    public static final String DEFAULT_LANGUAGE = "en";

    public Framework {
        requireText(id, "domain.what.frameworkId");
        requireText(name, "domain.what.frameworkName");
        version = version == null || version.isBlank() ? "1" : version.strip();
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.strip();
        description = description == null ? "" : description.strip();
        requiredPerCell = requiredPerCell == null ? OptionalInt.empty() : requiredPerCell;
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        levels = levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
        specializations = List.copyOf(specializations);
        competencies = List.copyOf(competencies);
        milestones = List.copyOf(milestones);
        resources = List.copyOf(resources);
        translations = translations == null ? Translations.NONE : translations;
        FrameworkRules.check(
                language,
                requiredPerCell,
                tracks,
                levels,
                specializations,
                competencies,
                milestones,
                resources,
                translations);
    }

    /** A ladder in the first format: one language, one path, every milestone required. */
    public Framework(
            String id,
            String version,
            String name,
            String description,
            List<Level> levels,
            List<Specialization> specializations,
            List<Competency> competencies,
            List<Milestone> milestones,
            List<Resource> resources) {
        this(
                id,
                version,
                DEFAULT_LANGUAGE,
                name,
                description,
                OptionalInt.empty(),
                List.of(),
                levels,
                specializations,
                competencies,
                milestones,
                resources,
                Translations.NONE);
    }

    /**
     * This framework as a user in {@code locale} reads it: every text in the best matching
     * translation, each falling back to the framework's own language. For showing and printing
     * only: the result carries no translations, so it is never what gets stored.
     */
    public Framework in(Locale locale) {
        return translations
                .match(locale, language)
                .map(tag -> ShownFramework.in(this, tag))
                .orElse(this);
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    public Optional<Track> track(String trackId) {
        return tracks.stream().filter(t -> t.id().equals(trackId)).findFirst();
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

    /**
     * What progress on {@code itemId} is about: a milestone of this framework, or the expectation
     * item of one of its competencies at one of its levels ({@link ExpectationItems}). Empty for an
     * id that means nothing here, e.g. a milestone a later edition removed.
     */
    public Optional<Milestone> item(String itemId) {
        return milestone(itemId)
                .or(() -> ExpectationItems.parse(itemId)
                        .flatMap(ref -> competency(ref.competencyId())
                                .flatMap(c -> level(ref.levelId()).map(l -> ExpectationItems.of(c, l)))));
    }

    /** Whether progress on {@code itemId} can belong to a plan on this framework ({@link #item}). */
    public boolean isItem(String itemId) {
        return item(itemId).isPresent();
    }

    /** Competencies that a plan in the given specialization works on, in framework order. */
    public List<Competency> competenciesFor(String specializationId) {
        return competencies.stream().filter(c -> c.appliesTo(specializationId)).toList();
    }
}
