package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.Resource;
import io.ascent.domain.Specialization;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The framework file format (docs/framework-format.md) as Jackson reads and writes it. Kept
 * apart from the domain so the file format can evolve without touching the domain records.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
record FrameworkJson(
        Integer formatVersion,
        String id,
        String version,
        String name,
        String description,
        List<LevelJson> levels,
        List<SpecializationJson> specializations,
        List<CompetencyJson> competencies,
        List<MilestoneJson> milestones,
        List<ResourceJson> resources) {

    static final int FORMAT_VERSION = 1;

    record LevelJson(String id, String title, Integer rank, String summary) {}

    record SpecializationJson(String id, String title, String description) {}

    record CompetencyJson(
            String id,
            String area,
            String title,
            String description,
            String specialization,
            Map<String, String> expectations) {}

    record MilestoneJson(String id, String competency, String level, String title, String description) {}

    record ResourceJson(String id, String title, String author, String kind, String url, List<String> competencies) {}

    Framework toDomain() {
        return new Framework(
                id,
                version,
                name,
                description,
                list(levels).stream()
                        .map(l -> new Level(l.id(), l.title(), l.rank() == null ? 0 : l.rank(), l.summary()))
                        .toList(),
                list(specializations).stream()
                        .map(s -> new Specialization(s.id(), s.title(), s.description()))
                        .toList(),
                list(competencies).stream()
                        .map(c -> new Competency(
                                c.id(),
                                c.area(),
                                c.title(),
                                c.description(),
                                Optional.ofNullable(c.specialization()).filter(s -> !s.isBlank()),
                                c.expectations()))
                        .toList(),
                list(milestones).stream()
                        .map(m -> new Milestone(m.id(), m.competency(), m.level(), m.title(), m.description()))
                        .toList(),
                list(resources).stream()
                        .map(r -> new Resource(r.id(), r.title(), r.author(), r.kind(), r.url(), r.competencies()))
                        .toList());
    }

    static FrameworkJson fromDomain(Framework f) {
        return new FrameworkJson(
                FORMAT_VERSION,
                f.id(),
                f.version(),
                f.name(),
                f.description(),
                f.levels().stream()
                        .map(l -> new LevelJson(l.id(), l.title(), l.rank(), l.summary()))
                        .toList(),
                f.specializations().stream()
                        .map(s -> new SpecializationJson(s.id(), s.title(), s.description()))
                        .toList(),
                f.competencies().stream()
                        .map(c -> new CompetencyJson(
                                c.id(),
                                c.area(),
                                c.title(),
                                c.description(),
                                c.specializationId().orElse(null),
                                c.expectations()))
                        .toList(),
                f.milestones().stream()
                        .map(m -> new MilestoneJson(m.id(), m.competencyId(), m.levelId(), m.title(), m.description()))
                        .toList(),
                f.resources().stream()
                        .map(r -> new ResourceJson(r.id(), r.title(), r.author(), r.kind(), r.url(), r.competencyIds()))
                        .toList());
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
