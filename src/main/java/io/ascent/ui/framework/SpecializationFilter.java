package io.ascent.ui.framework;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Specialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which competencies the matrix shows: all of them, the core only, or what a plan in one
 * specialization works on (the core plus that specialization's own).
 */
public record SpecializationFilter(String label, boolean coreOnly, Optional<String> specializationId) {

    public static final SpecializationFilter ALL = new SpecializationFilter("All competencies", false,
            Optional.empty());
    public static final SpecializationFilter CORE = new SpecializationFilter("Core only", true, Optional.empty());

    public boolean shows(Competency competency) {
        if (coreOnly) {
            return competency.isCore();
        }
        return specializationId.map(competency::appliesTo).orElse(true);
    }

    static SpecializationFilter of(Specialization s) {
        return new SpecializationFilter("Core + " + s.title(), false, Optional.of(s.id()));
    }

    /** The choices for a framework: all, core only, then one per specialization. */
    static List<SpecializationFilter> choicesFor(Framework framework) {
        List<SpecializationFilter> result = new ArrayList<>(List.of(ALL, CORE));
        framework.specializations().forEach(s -> result.add(of(s)));
        return result;
    }

    @Override
    public String toString() {
        return label;
    }
}
