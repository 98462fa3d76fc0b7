package io.ascent.domain.packet;

import java.util.Objects;

/**
 * A question a promotion committee will ask, found by one of the {@link CommitteeRules}: which
 * rule, and the competency or win it is about (its id; none for the whole period).
 */
public record CommitteeQuestion(Rule rule, String subjectId) {

    /** The fixed rules, in the order the packet lists their questions. */
    public enum Rule {
        /** A competency required at the target has no evidence in the period. */
        NO_EVIDENCE,
        /** The self rating is two or more levels above the manager's. */
        SELF_ABOVE_MANAGER,
        /** A win claims a result without its metric or its baseline. */
        CLAIM_WITHOUT_BASELINE,
        /** Nothing was logged in the last 90 days of the period. */
        QUIET_END,
        /** A review exists, yet it confirmed none of a competency's evidence. */
        ONLY_SELF_ATTESTED
    }

    public CommitteeQuestion {
        Objects.requireNonNull(rule, "rule");
        subjectId = subjectId == null ? "" : subjectId;
    }
}
