package io.ascent.domain.text;

import io.ascent.domain.NextStep;
import io.ascent.text.I18n;

/** Why a milestone is a next step, in the user's language: shared by the dashboard and the printed plan. */
public final class StepWords {

    private StepWords() {}

    /** "Performance metrics and analysis is two levels below Director of Product". */
    public static String reason(NextStep step, String targetTitle) {
        return step.gap() == 0
                ? I18n.t("dashboard.step.atTarget", step.competency().title(), targetTitle)
                : I18n.t("dashboard.step.below", step.competency().title(), step.gap(), targetTitle);
    }
}
