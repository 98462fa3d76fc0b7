package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A skill area, grouped in an area, with what is expected of it at each level (keyed by level
 * id). A competency with a specialization applies only to plans in that specialization; one
 * without applies to everyone (a core competency). {@code required} says, per level, how many
 * of that level's milestones demonstrate the competency (overriding the framework's default);
 * {@code descriptors} what "not yet" and "strong" look like at a level.
 */
public record Competency(
        String id,
        String area,
        String title,
        String description,
        Optional<String> specializationId,
        Map<String, String> expectations,
        Map<String, Integer> required,
        Map<String, Descriptor> descriptors) {

    public Competency {
        requireText(id, "domain.what.competencyId");
        requireText(area, "domain.what.competencyArea", id);
        requireText(title, "domain.what.competencyTitle", id);
        description = description == null ? "" : description.strip();
        specializationId = specializationId == null ? Optional.empty() : specializationId;
        expectations = copy(expectations);
        required = copy(required);
        descriptors = copy(descriptors);
    }

    /** A competency of a format-1 ladder: every milestone required, no descriptors. */
    public Competency(
            String id,
            String area,
            String title,
            String description,
            Optional<String> specializationId,
            Map<String, String> expectations) {
        this(id, area, title, description, specializationId, expectations, Map.of(), Map.of());
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public boolean isCore() {
        return specializationId.isEmpty();
    }

    /** Whether a plan in the given specialization works on this competency. */
    public boolean appliesTo(String planSpecializationId) {
        return specializationId.map(s -> s.equals(planSpecializationId)).orElse(true);
    }

    /** What is expected at {@code levelId}, or an empty string when the ladder expects nothing there. */
    public String expectationAt(String levelId) {
        return expectations.getOrDefault(levelId, "");
    }

    /** This competency's own requirement at {@code levelId}, if it sets one. */
    public OptionalInt requiredAt(String levelId) {
        Integer k = required.get(levelId);
        return k == null ? OptionalInt.empty() : OptionalInt.of(k);
    }

    public Optional<Descriptor> descriptorAt(String levelId) {
        return Optional.ofNullable(descriptors.get(levelId));
    }
}
