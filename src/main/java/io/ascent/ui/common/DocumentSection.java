package io.ascent.ui.common;

import java.util.List;

/** A part of a help page: a heading and its paragraphs (lines are kept as written). */
public record DocumentSection(String heading, List<String> paragraphs) {

    public DocumentSection {
        paragraphs = List.copyOf(paragraphs);
    }

    public DocumentSection(String heading, String... paragraphs) {
        this(heading, List.of(paragraphs));
    }
}
