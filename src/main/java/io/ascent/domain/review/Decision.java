package io.ascent.domain.review;

import io.ascent.domain.InputRules;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Optional;

/** The reviewer's decision on the target level: ready, ready by a date, or not yet. */
public record Decision(Outcome outcome, Optional<LocalDate> readyBy) {

    /** The three answers a reviewer can give. */
    public enum Outcome {
        READY,
        READY_BY,
        NOT_YET
    }

    public Decision {
        if (outcome == null) {
            throw new IllegalArgumentException(I18n.t("domain.error.empty", I18n.t("review.field.decision")));
        }
        readyBy = readyBy == null ? Optional.empty() : readyBy;
        readyBy.ifPresent(d -> InputRules.requireDateInRange(d, "review.field.readyBy"));
        if ((outcome == Outcome.READY_BY) != readyBy.isPresent()) {
            throw new IllegalArgumentException(I18n.t("review.error.readyByDate"));
        }
    }

    public static Decision ready() {
        return new Decision(Outcome.READY, Optional.empty());
    }

    public static Decision notYet() {
        return new Decision(Outcome.NOT_YET, Optional.empty());
    }

    public static Decision readyBy(LocalDate date) {
        return new Decision(Outcome.READY_BY, Optional.of(date));
    }
}
