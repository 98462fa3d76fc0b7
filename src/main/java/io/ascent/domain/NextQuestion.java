package io.ascent.domain;

import java.time.Instant;
import java.util.Objects;

/** A question jotted down "for my next 1:1"; it joins the next agenda and leaves the list once that 1:1 is recorded. */
public record NextQuestion(long id, String text, Instant addedAt) {

    public NextQuestion {
        text = OneOnOne.oneLine(
                Checks.requireText(text == null ? "" : text.strip(), "rhythm.field.question"), "rhythm.field.question");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
