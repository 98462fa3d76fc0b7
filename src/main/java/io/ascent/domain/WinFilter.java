package io.ascent.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which wins a list shows: a date range (both ends included), a competency, and text found in
 * the title, the story, the metric or the share, ignoring case. An empty part matches every win.
 */
public record WinFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> competencyId, String text) {

    public static final WinFilter ALL = new WinFilter(Optional.empty(), Optional.empty(), Optional.empty(), "");

    public WinFilter {
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        competencyId = competencyId == null ? Optional.empty() : competencyId;
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean matches(Win win) {
        return matches(win, null);
    }

    /**
     * The same, with the win's {@link #haystack} computed beforehand (a list filtered as the user
     * types keeps them); {@code null} computes nothing and searches the win's fields as they are.
     */
    public boolean matches(Win win, String haystack) {
        if (from.isPresent() && win.date().isBefore(from.get())) {
            return false;
        }
        if (to.isPresent() && win.date().isAfter(to.get())) {
            return false;
        }
        if (competencyId.isPresent() && !win.competencyIds().contains(competencyId.get())) {
            return false;
        }
        if (haystack != null) {
            return text.isEmpty() || haystack.contains(text);
        }
        return text.isEmpty()
                || contains(win.title(), text)
                || contains(win.story(), text)
                || contains(win.impact().metric(), text)
                || contains(win.impact().share(), text);
    }

    /** The text a search looks in, lower-cased: title, story, metric and share, one per line. */
    public static String haystack(Win win) {
        return String.join(
                        "\n",
                        win.title(),
                        win.story(),
                        win.impact().metric(),
                        win.impact().share())
                .toLowerCase(Locale.ROOT);
    }

    /** The wins that match, newest first. */
    public List<Win> apply(List<Win> wins) {
        return wins.stream().filter(this::matches).sorted(Win.NEWEST_FIRST).toList();
    }

    // Without lower-casing the haystack: a keystroke filters 10,000 wins, most with a story.
    private static boolean contains(String haystack, String lowerNeedle) {
        int n = lowerNeedle.length();
        for (int i = 0; i + n <= haystack.length(); i++) {
            if (haystack.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
