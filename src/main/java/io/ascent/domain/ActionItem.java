package io.ascent.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Something agreed in a 1:1 that someone will do, with an optional due date. Once it became a
 * milestone of the user's own, {@code milestoneId} names it.
 */
public record ActionItem(String text, Optional<LocalDate> due, Optional<String> milestoneId) {

    public ActionItem {
        text = OneOnOne.oneLine(
                Checks.requireText(text == null ? "" : text.strip(), "rhythm.field.action"), "rhythm.field.action");
        due = due == null ? Optional.empty() : due;
        due.ifPresent(d -> InputRules.requireDateInRange(d, "input.field.dueDate"));
        milestoneId = milestoneId == null ? Optional.empty() : milestoneId;
    }

    public ActionItem withMilestone(String id) {
        return new ActionItem(text, due, Optional.of(id));
    }
}
