package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.ascent.domain.Cadence;
import io.ascent.domain.PlanRhythm;
import io.ascent.text.I18n;
import java.util.Optional;

/**
 * A plan's rhythm in the plan file ({@code $.rhythm}, docs/plan-format.md): its cadence. Written
 * only when the plan's rhythm is not the default one, so other plans' files stay as they were.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cadence"})
record RhythmJson(CadenceJson cadence) {

    /** {@code oneOnOneWeeks} absent: the plan has no 1:1s. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"checkInWeeks", "oneOnOneWeeks", "reviewMonths"})
    record CadenceJson(Integer checkInWeeks, Integer oneOnOneWeeks, Integer reviewMonths) {}

    /** The rhythm as written, or null (left out of the file) when it is the default. */
    static RhythmJson fromDomain(PlanRhythm rhythm) {
        if (rhythm.isDefault()) {
            return null;
        }
        Cadence c = rhythm.cadence();
        return new RhythmJson(
                new CadenceJson(c.checkInWeeks(), c.oneOnOneWeeks().orElse(null), c.reviewMonths()));
    }

    static PlanRhythm toDomain(RhythmJson json) {
        if (json == null) {
            return PlanRhythm.DEFAULT;
        }
        Cadence cadence = Cadence.DEFAULT;
        if (json.cadence() != null) {
            CadenceJson c = json.cadence();
            if (c.checkInWeeks() == null || c.reviewMonths() == null) {
                throw new IllegalArgumentException(I18n.t("plan.msg.cadenceFields"));
            }
            cadence = new Cadence(c.checkInWeeks(), Optional.ofNullable(c.oneOnOneWeeks()), c.reviewMonths());
        }
        return new PlanRhythm(cadence);
    }
}
