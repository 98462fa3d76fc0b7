package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A skill area, grouped in an area, with what is expected of it at each level (keyed by level
 * id). A competency with a specialization applies only to plans in that specialization; one
 * without applies to everyone (a core competency).
 */
public record Competency(
        String id,
        String area,
        String title,
        String description,
        Optional<String> specializationId,
        Map<String, String> expectations) {

    public Competency {
        requireText(id, "domain.what.competencyId");
        requireText(area, "domain.what.competencyArea", id);
        requireText(title, "domain.what.competencyTitle", id);
        description = description == null ? "" : description.strip();
        specializationId = specializationId == null ? Optional.empty() : specializationId;
        expectations = expectations == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(expectations));
    }

    public boolean isCore() {
        return specializationId.isEmpty();
    }

    /** Whether a plan in the given specialization works on this competency. */
    public boolean appliesTo(String planSpecializationId) {
        return specializationId.map(s -> s.equals(planSpecializationId)).orElse(true);
    }

    public String expectationAt(String levelId) {
        return expectations.getOrDefault(levelId, "");
    }
}
