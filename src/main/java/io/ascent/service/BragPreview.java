package io.ascent.service;

import io.ascent.domain.Win;
import io.ascent.text.I18n;
import java.util.Comparator;
import java.util.List;

/**
 * What importing a brag document would add, shown before anything is: the wins, and the lines
 * that looked like wins but had no date (left out).
 */
public record BragPreview(String source, List<Win> wins, List<Integer> undatedLines) {

    public BragPreview {
        wins = List.copyOf(wins);
        undatedLines = List.copyOf(undatedLines);
    }

    /** "12 wins from brag.md, from Jan 3, 2026 to Nov 20, 2026; 2 lines without a date left out (4, 9)." */
    public String summary() {
        String dates = wins.isEmpty()
                ? ""
                : I18n.t(
                        "brag.preview.dates",
                        I18n.date(wins.stream()
                                .map(Win::date)
                                .min(Comparator.naturalOrder())
                                .orElseThrow()),
                        I18n.date(wins.stream()
                                .map(Win::date)
                                .max(Comparator.naturalOrder())
                                .orElseThrow()));
        String text = I18n.t("brag.preview.count", wins.size(), source) + dates;
        if (!undatedLines.isEmpty()) {
            text += " "
                    + I18n.t(
                            "brag.preview.undated",
                            undatedLines.size(),
                            String.join(
                                    ", ",
                                    undatedLines.stream()
                                            .limit(10)
                                            .map(String::valueOf)
                                            .toList()));
        }
        return text;
    }
}
