package io.ascent.domain;

import io.ascent.text.I18n;

/** A win's impact in one line of the user's language: "Day-7 retention: 31% → 36% · led". */
public final class WinWords {

    private WinWords() {}

    /** What a win says to a reader: its story, then its impact on a line of its own. */
    public static String story(Win win) {
        String impact = impact(win.impact());
        if (impact.isEmpty()) {
            return win.story();
        }
        String line = I18n.t("report.wins.impact") + " " + impact;
        return win.story().isEmpty() ? line : win.story() + "\n" + line;
    }

    public static String impact(Impact impact) {
        StringBuilder text = new StringBuilder();
        if (!impact.metric().isEmpty()) {
            text.append(impact.metric());
        }
        String change = impact.before().isEmpty()
                ? impact.after()
                : impact.after().isEmpty() ? impact.before() : impact.before() + " \u2192 " + impact.after();
        if (!change.isEmpty()) {
            text.append(text.isEmpty() ? "" : I18n.t("wins.impact.colon")).append(change);
        }
        if (!impact.share().isEmpty()) {
            text.append(text.isEmpty() ? "" : " \u00b7 ").append(impact.share());
        }
        return text.toString();
    }
}
