package io.ascent.domain.text;

import io.ascent.domain.MilestoneStatus;
import io.ascent.text.I18n;

/** A milestone status in the user's language, for the window, the printed plan and the command line. */
public final class StatusText {

    private StatusText() {}

    public static String of(MilestoneStatus status) {
        return switch (status) {
            case TODO -> I18n.t("status.TODO");
            case IN_PROGRESS -> I18n.t("status.IN_PROGRESS");
            case DONE -> I18n.t("status.DONE");
        };
    }
}
