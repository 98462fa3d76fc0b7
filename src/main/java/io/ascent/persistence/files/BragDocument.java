package io.ascent.persistence.files;

import io.ascent.text.I18n;
import java.util.List;

/**
 * What a brag document holds: its entries, the lines that looked like wins but had no date, and
 * the bullets with a date but no title (both left out, and shown in the preview). More than
 * {@link BragFiles#MAX_ENTRIES} entries are refused here, whichever reader found them. A CSV
 * names places by spreadsheet row ({@code rows}), Markdown by line.
 */
public record BragDocument(
        String source, boolean rows, List<BragEntry> entries, List<Integer> undatedLines, List<Integer> untitledLines) {

    public BragDocument {
        if (entries.size() > BragFiles.MAX_ENTRIES) {
            throw new BragFormatException(I18n.t("brag.msg.tooMany", source, BragFiles.MAX_ENTRIES));
        }
        entries = List.copyOf(entries);
        undatedLines = List.copyOf(undatedLines);
        untitledLines = List.copyOf(untitledLines);
    }

    /** "brag.csv: row 2: " or "brag.md: line 2: ", before what is wrong there. */
    public String where(int number) {
        return where(source, rows, number);
    }

    static String where(String source, boolean rows, int number) {
        return source + ": " + I18n.t(rows ? "brag.msg.row" : "brag.msg.line", number) + " ";
    }
}
