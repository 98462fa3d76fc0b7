package io.ascent.persistence.files;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.persistence.files.FrameworkJson.CompetencyJson;
import io.ascent.persistence.files.FrameworkJson.LevelJson;
import io.ascent.persistence.files.FrameworkJson.MilestoneJson;
import io.ascent.persistence.files.FrameworkJson.ResourceJson;
import io.ascent.persistence.files.FrameworkJson.SpecializationJson;
import io.ascent.text.I18n;
import java.util.List;
import java.util.Optional;

/**
 * What framework format version 1 means, kept as it was: every competency has an expectation at
 * every level, every milestone is required, one path, one language. A file that says version 1
 * (or no version) and uses a field of version 2 is refused, naming the field, rather than read
 * with a meaning its author may not have meant.
 */
final class FormatOne {

    private FormatOne() {}

    static void check(FrameworkJson j) {
        firstNewField(j).ifPresent(path -> {
            throw new IllegalArgumentException(I18n.t("fw.msg.needsFormat2", path));
        });
        for (CompetencyJson c : list(j.competencies())) {
            for (LevelJson l : list(j.levels())) {
                String expectation =
                        c.expectations() == null ? null : c.expectations().get(l.id());
                if (expectation == null || expectation.isBlank()) {
                    throw new IllegalArgumentException(I18n.t("domain.framework.noExpectation", c.id(), l.id()));
                }
            }
        }
    }

    /** Whether {@code f} can be written as a version 1 file without losing anything. */
    static boolean suffices(Framework f) {
        return f.language().equals(Framework.DEFAULT_LANGUAGE)
                && f.requiredPerCell().isEmpty()
                && f.tracks().isEmpty()
                && f.translations().isEmpty()
                && f.levels().stream()
                        .allMatch(l -> l.isShared() && l.shortTitle().equals(l.title()))
                && f.competencies().stream()
                        .allMatch(c -> c.required().isEmpty() && c.descriptors().isEmpty() && everyLevel(c, f.levels()))
                && f.milestones().stream().allMatch(m -> m.replaces().isEmpty())
                && f.resources().stream().allMatch(r -> r.description().isEmpty());
    }

    private static boolean everyLevel(Competency c, List<Level> levels) {
        return levels.stream().allMatch(l -> !c.expectationAt(l.id()).isBlank());
    }

    private static Optional<String> firstNewField(FrameworkJson j) {
        if (j.language() != null) {
            return Optional.of("$.language");
        }
        if (j.requiredPerCell() != null) {
            return Optional.of("$.requiredPerCell");
        }
        if (j.tracks() != null) {
            return Optional.of("$.tracks");
        }
        if (j.translations() != null) {
            return Optional.of("$.translations");
        }
        List<LevelJson> levels = list(j.levels());
        for (int i = 0; i < levels.size(); i++) {
            LevelJson l = levels.get(i);
            Optional<String> field = l.shortTitle() != null
                    ? Optional.of("shortTitle")
                    : l.track() != null ? Optional.of("track") : present(l.translations(), "translations");
            if (field.isPresent()) {
                return Optional.of("$.levels[" + i + "]." + field.get());
            }
        }
        List<SpecializationJson> specializations = list(j.specializations());
        for (int i = 0; i < specializations.size(); i++) {
            if (specializations.get(i).translations() != null) {
                return Optional.of("$.specializations[" + i + "].translations");
            }
        }
        List<CompetencyJson> competencies = list(j.competencies());
        for (int i = 0; i < competencies.size(); i++) {
            CompetencyJson c = competencies.get(i);
            Optional<String> field = c.required() != null
                    ? Optional.of("required")
                    : c.descriptors() != null ? Optional.of("descriptors") : present(c.translations(), "translations");
            if (field.isPresent()) {
                return Optional.of("$.competencies[" + i + "]." + field.get());
            }
        }
        List<MilestoneJson> milestones = list(j.milestones());
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneJson m = milestones.get(i);
            Optional<String> field =
                    m.replaces() != null ? Optional.of("replaces") : present(m.translations(), "translations");
            if (field.isPresent()) {
                return Optional.of("$.milestones[" + i + "]." + field.get());
            }
        }
        List<ResourceJson> resources = list(j.resources());
        for (int i = 0; i < resources.size(); i++) {
            ResourceJson r = resources.get(i);
            Optional<String> field =
                    r.description() != null ? Optional.of("description") : present(r.translations(), "translations");
            if (field.isPresent()) {
                return Optional.of("$.resources[" + i + "]." + field.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> present(Object value, String name) {
        return value == null ? Optional.empty() : Optional.of(name);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
