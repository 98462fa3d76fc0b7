package io.ascent.ui.rhythm;

import io.ascent.text.I18n;

/** An action item as the agenda dialog lists it. */
final class ActionWords {

    private ActionWords() {}

    static String of(AgendaViewModel.ActionRow row) {
        String text = row.item()
                .due()
                .map(d -> I18n.t("rhythm.action.due", row.item().text(), I18n.date(d)))
                .orElse(row.item().text());
        return row.milestone() ? I18n.t("rhythm.action.asMilestone", text) : text;
    }
}
