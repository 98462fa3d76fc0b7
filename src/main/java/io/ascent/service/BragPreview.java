package io.ascent.service;

import io.ascent.domain.Win;
import io.ascent.text.I18n;
import java.util.Comparator;
import java.util.List;

/**
 * What importing a brag document would add, shown before anything is: the wins, and the lines
 * left out: those that looked like wins but had no date, and bullets with no title.
 */
public record BragPreview(String source, List<Win> wins, List<Integer> undatedLines, List<Integer> untitledLines) {

    public BragPreview {
        wins = List.copyOf(wins);
        undatedLines = List.copyOf(undatedLines);
        untitledLines = List.copyOf(untitledLines);
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
        text += leftOut("brag.preview.undated", undatedLines) + leftOut("brag.preview.untitled", untitledLines);
        return text;
    }

    /** " 2 lines without a date are left out (line 4, 9)." for the first ten, or nothing. */
    private static String leftOut(String key, List<Integer> lines) {
        return lines.isEmpty()
                ? ""
                : " "
                        + I18n.t(
                                key,
                                lines.size(),
                                String.join(
                                        ", ",
                                        lines.stream()
                                                .limit(10)
                                                .map(String::valueOf)
                                                .toList()));
    }
}
