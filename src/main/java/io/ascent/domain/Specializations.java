package io.ascent.domain;

import io.ascent.text.I18n;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one rule for a plan's specialization. On a framework with specializations a plan follows
 * one of them; on a framework without any, a plan tracks the core competencies only and stores
 * {@link #CORE_ONLY}. The setup, the plan service, the command line and plan files all ask here,
 * so an unknown id gets the same message wherever it comes from.
 */
public final class Specializations {

    /** What a plan stores on a framework without specializations. */
    public static final String CORE_ONLY = "core";

    private Specializations() {}

    public static boolean coreOnly(Framework framework) {
        return framework.specializations().isEmpty();
    }

    /** The choices of a new plan: the framework's specializations, or the one "core only" choice. */
    public static List<Specialization> choices(Framework framework) {
        return coreOnly(framework) ? List.of(coreOnlyChoice()) : framework.specializations();
    }

    /**
     * The id a plan on {@code framework} stores for {@code requested} (empty: none given), or an
     * {@link IllegalArgumentException} saying what to give instead.
     */
    public static String resolve(Framework framework, Optional<String> requested) {
        Optional<String> id = requested.map(String::strip).filter(s -> !s.isEmpty());
        if (coreOnly(framework)) {
            if (id.isEmpty() || id.get().equals(CORE_ONLY)) {
                return CORE_ONLY;
            }
            throw new IllegalArgumentException(I18n.t("plan.error.noSpecializations", id.get(), framework.name()));
        }
        String ids =
                framework.specializations().stream().map(Specialization::id).collect(Collectors.joining(", "));
        if (id.isEmpty()) {
            throw new IllegalArgumentException(I18n.t("plan.error.chooseSpecialization", framework.name(), ids));
        }
        if (framework.specialization(id.get()).isEmpty()) {
            throw new IllegalArgumentException(
                    I18n.t("plan.error.unknownSpecialization", id.get(), framework.name(), ids));
        }
        return id.get();
    }

    /**
     * Whether a stored plan's {@code id} still stands on {@code framework}. Lenient where
     * {@link #resolve} is strict: plans made before this rule may hold any id on a ladder without
     * specializations, and they track its core competencies.
     */
    public static boolean holds(Framework framework, String id) {
        return coreOnly(framework) || framework.specialization(id).isPresent();
    }

    /** How a plan's specialization shows: the framework's own, "core only", or the stored id as it is. */
    public static Specialization shown(Framework framework, String id) {
        if (coreOnly(framework)) {
            return coreOnlyChoice();
        }
        return framework.specialization(id).orElseGet(() -> new Specialization(id, id, ""));
    }

    private static Specialization coreOnlyChoice() {
        return new Specialization(CORE_ONLY, I18n.t("setup.coreOnly"), I18n.t("setup.coreOnly.hint"));
    }
}
