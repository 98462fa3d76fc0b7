package io.ascent.domain.packet;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the committee rules need to know of one competency of the plan, over the packet's period:
 * whether the target level requires it, how many pieces of evidence (shareable wins, done
 * milestones) the period holds, the self and manager ratings as positions on the plan's track (0
 * at its bottom), and how many of its pieces of evidence the manager confirmed.
 */
public record CompetencyFacts(
        String competencyId,
        boolean requiredAtTarget,
        int evidenceInPeriod,
        OptionalInt selfPosition,
        OptionalInt managerPosition,
        int confirmed) {

    public CompetencyFacts {
        Objects.requireNonNull(competencyId, "competencyId");
        selfPosition = selfPosition == null ? OptionalInt.empty() : selfPosition;
        managerPosition = managerPosition == null ? OptionalInt.empty() : managerPosition;
    }
}
