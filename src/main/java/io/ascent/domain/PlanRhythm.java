package io.ascent.domain;

import java.util.Objects;

/**
 * What a plan keeps about its rhythm, as it travels in a plan file: the {@link Cadence}. A plan
 * whose rhythm is {@link #isDefault() the default} needs nothing of it written down.
 */
public record PlanRhythm(Cadence cadence) {

    public static final PlanRhythm DEFAULT = new PlanRhythm(Cadence.DEFAULT);

    public PlanRhythm {
        Objects.requireNonNull(cadence, "cadence");
    }

    public boolean isDefault() {
        return cadence.isDefault();
    }
}
