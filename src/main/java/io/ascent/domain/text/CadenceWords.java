package io.ascent.domain.text;

import io.ascent.domain.Cadence;
import io.ascent.text.I18n;

/** A plan's cadence in the user's language, the same words in the window and on the command line. */
public final class CadenceWords {

    private CadenceWords() {}

    /** "Check-in every 4 weeks, 1:1 every 2 weeks, review every 6 months." */
    public static String of(Cadence cadence) {
        String oneOnOne = cadence.oneOnOneWeeks()
                .map(w -> I18n.t("rhythm.cadence.oneOnOne", w))
                .orElseGet(() -> I18n.t("rhythm.cadence.noOneOnOne"));
        return I18n.t(
                "rhythm.cadence.summary",
                I18n.t("rhythm.cadence.checkIn", cadence.checkInWeeks()),
                oneOnOne,
                I18n.t("rhythm.cadence.review", cadence.reviewMonths()));
    }
}
