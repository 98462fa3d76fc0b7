package io.ascent.persistence;

import io.ascent.domain.Cadence;
import java.time.Instant;

/** Where a plan's rhythm is kept: its cadence. Failures are {@link PersistenceException}s. */
public interface RhythmRepository {

    /** The plan's cadence; {@link Cadence#DEFAULT} when none was ever set. */
    Cadence cadence(long planId);

    /** Stores the plan's cadence and touches the plan, in one transaction. */
    void saveCadence(long planId, Cadence cadence, Instant now);
}
