package io.ascent.domain;

import static io.ascent.domain.Checks.requireText;

import java.util.List;

/** A book, course or article that builds the competencies it names. */
public record Resource(String id, String title, String author, String kind, String url, List<String> competencyIds) {

    public Resource {
        requireText(id, "domain.what.resourceId");
        requireText(title, "domain.what.resourceTitle", id);
        author = author == null ? "" : author.strip();
        kind = kind == null || kind.isBlank() ? "article" : kind.strip();
        url = url == null ? "" : url.strip();
        competencyIds = competencyIds == null ? List.of() : List.copyOf(competencyIds);
    }
}
