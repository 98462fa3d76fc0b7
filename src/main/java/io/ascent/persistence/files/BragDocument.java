package io.ascent.persistence.files;

import io.ascent.text.I18n;
import java.util.List;

/**
 * What a brag document holds: its entries, and the lines that looked like wins but had no date.
 * More than {@link BragFiles#MAX_ENTRIES} entries are refused here, whichever reader found them.
 */
public record BragDocument(String source, List<BragEntry> entries, List<Integer> undatedLines) {

    public BragDocument {
        if (entries.size() > BragFiles.MAX_ENTRIES) {
            throw new BragFormatException(I18n.t("brag.msg.tooMany", source, BragFiles.MAX_ENTRIES));
        }
        entries = List.copyOf(entries);
        undatedLines = List.copyOf(undatedLines);
    }
}
