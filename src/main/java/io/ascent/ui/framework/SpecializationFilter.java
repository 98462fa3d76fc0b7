package io.ascent.ui.framework;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Specialization;
import io.ascent.text.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which competencies the matrix shows: all of them, the core only, or what a plan in one
 * specialization works on (the core plus that specialization's own).
 */
public record SpecializationFilter(boolean coreOnly, Optional<Specialization> specialization) {

    public static final SpecializationFilter ALL = new SpecializationFilter(false, Optional.empty());
    public static final SpecializationFilter CORE = new SpecializationFilter(true, Optional.empty());

    public boolean shows(Competency competency) {
        if (coreOnly) {
            return competency.isCore();
        }
        return specialization.map(s -> competency.appliesTo(s.id())).orElse(true);
    }

    /** The words in the chooser, in the user's language. */
    public String label() {
        if (coreOnly) {
            return I18n.t("framework.filter.core");
        }
        return specialization
                .map(s -> I18n.t("framework.filter.specialization", s.title()))
                .orElseGet(() -> I18n.t("framework.filter.all"));
    }

    /** The choices for a framework: all, core only, then one per specialization. */
    static List<SpecializationFilter> choicesFor(Framework framework) {
        List<SpecializationFilter> result = new ArrayList<>(List.of(ALL, CORE));
        framework.specializations().forEach(s -> result.add(new SpecializationFilter(false, Optional.of(s))));
        return result;
    }

    @Override
    public String toString() {
        return label();
    }
}
