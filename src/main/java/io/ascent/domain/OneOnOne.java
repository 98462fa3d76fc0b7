package io.ascent.domain;

import static io.ascent.domain.Checks.requireLength;

import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A 1:1 with the manager as recorded after it: the day it was held, the agenda as it was used, the
 * decisions taken and the action items agreed. Private: it leaves the machine only when asked.
 */
public record OneOnOne(long id, LocalDate heldOn, String agenda, List<String> decisions, List<ActionItem> actionItems) {

    public static final int MAX_AGENDA = 20_000;
    public static final int MAX_LINE = 2_000;
    public static final int MAX_ENTRIES = 100;

    public OneOnOne {
        Objects.requireNonNull(heldOn, "heldOn");
        InputRules.requireDateInRange(heldOn, "rhythm.field.heldOn");
        agenda = InputRules.requireStorable(
                requireLength(agenda == null ? "" : agenda, MAX_AGENDA, "rhythm.field.agenda"), "rhythm.field.agenda");
        decisions = lines(decisions, "rhythm.field.decision");
        actionItems = List.copyOf(actionItems == null ? List.of() : actionItems);
        if (actionItems.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(I18n.t("rhythm.error.tooMany", actionItems.size(), MAX_ENTRIES));
        }
    }

    /** Non-blank single lines, stripped; blank ones are dropped. */
    static List<String> lines(List<String> lines, String whatKey) {
        List<String> kept = (lines == null ? List.<String>of() : lines)
                .stream()
                        .map(l -> l == null ? "" : l.strip())
                        .filter(l -> !l.isEmpty())
                        .toList();
        if (kept.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(I18n.t("rhythm.error.tooMany", kept.size(), MAX_ENTRIES));
        }
        for (String l : kept) {
            oneLine(l, whatKey);
        }
        return kept;
    }

    static String oneLine(String text, String whatKey) {
        requireLength(text, MAX_LINE, whatKey);
        if (text.contains("\n") || text.contains("\r")) {
            throw new IllegalArgumentException(I18n.t("rhythm.error.oneLine", I18n.t(whatKey)));
        }
        return InputRules.requireStorable(text, whatKey);
    }

    public OneOnOne withId(long newId) {
        return new OneOnOne(newId, heldOn, agenda, decisions, actionItems);
    }
}
