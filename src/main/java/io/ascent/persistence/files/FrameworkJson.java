package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.ascent.domain.Framework;
import java.util.List;
import java.util.Map;

/**
 * The framework file format (docs/framework-format.md) as Jackson reads and writes it. Kept
 * apart from the domain so the file format can evolve without touching the domain records;
 * {@link FrameworkFromJson} and {@link FrameworkToJson} turn one into the other. Every object with text may carry
 * {@code translations}: language tag to the same text fields.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
record FrameworkJson(
        Integer formatVersion,
        String id,
        String version,
        String language,
        String name,
        String description,
        Integer requiredPerCell,
        List<TrackJson> tracks,
        List<LevelJson> levels,
        List<SpecializationJson> specializations,
        List<CompetencyJson> competencies,
        List<MilestoneJson> milestones,
        List<ResourceJson> resources,
        Map<String, FrameworkTextsJson> translations) {

    /** The newest format this build reads, and what it writes for a framework that uses format 2's fields. */
    static final int FORMAT_VERSION = 2;

    record TrackJson(String id, String title, String description, Map<String, TitledTextsJson> translations) {}

    record LevelJson(
            String id,
            String title,
            String shortTitle,
            Integer rank,
            String track,
            String summary,
            Map<String, LevelTextsJson> translations) {}

    record SpecializationJson(String id, String title, String description, Map<String, TitledTextsJson> translations) {}

    record CompetencyJson(
            String id,
            String area,
            String title,
            String description,
            String specialization,
            Map<String, String> expectations,
            Map<String, Integer> required,
            Map<String, DescriptorJson> descriptors,
            Map<String, CompetencyTextsJson> translations) {}

    record DescriptorJson(String notYet, String strong) {}

    record MilestoneJson(
            String id,
            String competency,
            String level,
            String title,
            String description,
            List<String> replaces,
            Map<String, TitledTextsJson> translations) {}

    record ResourceJson(
            String id,
            String title,
            String author,
            String kind,
            String url,
            String description,
            List<String> competencies,
            Map<String, ResourceTextsJson> translations) {}

    /** Translatable texts of the framework itself. */
    record FrameworkTextsJson(String name, String description) {}

    /** Translatable texts of a track, a specialization or a milestone. */
    record TitledTextsJson(String title, String description) {}

    record LevelTextsJson(String title, String shortTitle, String summary) {}

    record CompetencyTextsJson(
            String area,
            String title,
            String description,
            Map<String, String> expectations,
            Map<String, DescriptorJson> descriptors) {}

    /** Titles and authors of published works stay as published; only the description is translated. */
    record ResourceTextsJson(String description) {}

    Framework toDomain() {
        return FrameworkFromJson.toDomain(this);
    }

    static FrameworkJson fromDomain(Framework f) {
        return FrameworkToJson.of(f);
    }
}
