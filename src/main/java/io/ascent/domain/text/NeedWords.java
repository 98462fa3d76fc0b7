package io.ascent.domain.text;

import io.ascent.domain.Readiness;
import io.ascent.text.I18n;

/**
 * How much of a competency (or an area) is done, in the user's language: "1 of 3 done", and when
 * some items are alternatives, "1 of 2 done, 2 of 3 needed". Shared by the milestones page, the
 * dashboard's gaps and the printed plan so they say the same.
 */
public final class NeedWords {

    private NeedWords() {}

    /** {@code readiness} counts required slots; {@code items} is how many items the cells hold. */
    public static String of(Readiness readiness, int items) {
        return readiness.required() < items
                ? I18n.t("need.withAlternatives", readiness.done(), readiness.required(), items)
                : I18n.t("report.checklist.count", readiness.done(), readiness.required());
    }
}
