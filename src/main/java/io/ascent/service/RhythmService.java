package io.ascent.service;

import io.ascent.domain.Cadence;
import io.ascent.domain.PlanRhythm;
import io.ascent.persistence.RhythmRepository;
import java.time.Clock;

/**
 * A plan's rhythm: how often it is checked in on, meets 1:1 and is reviewed. The window's
 * Plan &gt; Rhythm dialog and the command line's {@code plan cadence} both change it here.
 */
public class RhythmService {

    private final RhythmRepository repository;
    private final Clock clock;

    public RhythmService(RhythmRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The plan's cadence; the default one until the user sets another. */
    public Cadence cadence(long planId) {
        return repository.cadence(planId);
    }

    /** Stores the plan's new cadence (the record has already checked its numbers). */
    public Cadence setCadence(long planId, Cadence cadence) {
        repository.saveCadence(planId, cadence, clock.instant());
        return cadence;
    }

    /** What the plan file carries of the plan's rhythm. */
    public PlanRhythm rhythm(long planId) {
        return new PlanRhythm(cadence(planId));
    }
}
