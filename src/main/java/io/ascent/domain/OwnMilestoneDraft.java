package io.ascent.domain;

import java.time.LocalDate;
import java.util.Optional;

/** What the user asks for when they add a milestone of their own, before it has an id. */
public record OwnMilestoneDraft(
        String competencyId,
        String levelId,
        String title,
        String description,
        boolean optional,
        Optional<LocalDate> dueDate) {

    public OwnMilestoneDraft {
        dueDate = dueDate == null ? Optional.empty() : dueDate;
        description = description == null ? "" : description;
    }
}
