package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

/** A direction a PM grows into at the senior levels, e.g. Growth or Monetization. */
public record Specialization(String id, String title, String description) {

    public Specialization {
        requireText(id, "domain.what.specializationId");
        requireText(title, "domain.what.specializationTitle");
        description = description == null ? "" : description.strip();
    }
}
