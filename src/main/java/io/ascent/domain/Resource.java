package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import java.util.List;

/** A book, course or article that builds the competencies it names, with what it offers. */
public record Resource(
        String id,
        String title,
        String author,
        String kind,
        String url,
        String description,
        List<String> competencyIds) {

    public Resource {
        requireText(id, "domain.what.resourceId");
        requireText(title, "domain.what.resourceTitle", id);
        author = author == null ? "" : author.strip();
        kind = kind == null || kind.isBlank() ? "article" : kind.strip();
        url = url == null ? "" : url.strip();
        description = description == null ? "" : description.strip();
        competencyIds = competencyIds == null ? List.of() : List.copyOf(competencyIds);
    }

    /** A resource without a description (format version 1). */
    public Resource(String id, String title, String author, String kind, String url, List<String> competencyIds) {
        this(id, title, author, kind, url, "", competencyIds);
    }
}
