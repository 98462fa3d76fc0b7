package io.ascent.persistence.files;

import java.util.List;

/** What a brag document holds: its entries, and the lines that looked like wins but had no date. */
public record BragDocument(String source, List<BragEntry> entries, List<Integer> undatedLines) {

    public BragDocument {
        entries = List.copyOf(entries);
        undatedLines = List.copyOf(undatedLines);
    }
}
