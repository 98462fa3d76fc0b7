package io.ascent.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a plan keeps about its rhythm, as it travels in a plan file: the {@link Cadence}, the log
 * of 1:1s (oldest first) and the questions jotted down for the next one. A plan whose rhythm is
 * {@link #isDefault() the default} needs nothing of it written down.
 */
public record PlanRhythm(Cadence cadence, List<OneOnOne> oneOnOnes, List<NextQuestion> questions) {

    public static final PlanRhythm DEFAULT = new PlanRhythm(Cadence.DEFAULT, List.of(), List.of());

    public PlanRhythm {
        Objects.requireNonNull(cadence, "cadence");
        oneOnOnes = (oneOnOnes == null ? List.<OneOnOne>of() : oneOnOnes)
                .stream()
                        .sorted(Comparator.comparing(OneOnOne::heldOn).thenComparing(OneOnOne::id))
                        .toList();
        questions = (questions == null ? List.<NextQuestion>of() : questions)
                .stream()
                        .sorted(Comparator.comparing(NextQuestion::addedAt).thenComparing(NextQuestion::id))
                        .toList();
    }

    /** A rhythm with this cadence and nothing recorded yet. */
    public PlanRhythm(Cadence cadence) {
        this(cadence, List.of(), List.of());
    }

    public boolean isDefault() {
        return cadence.isDefault() && oneOnOnes.isEmpty() && questions.isEmpty();
    }
}
