package io.ascent.persistence.files;

import io.ascent.text.I18n;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common brag-document shape in Markdown: a heading with a date ("## 2026-10-02",
 * "## 2026-10", "## October 2026") dates the bullets under it; each top-level bullet is a win,
 * its text the title; a bullet or line that starts with a date ("- 2026-10-02 Shipped search")
 * carries its own; indented bullets and plain lines under a win are its story, and so are lines
 * in a code block (``` or ~~~), which are never wins. A bullet with no date in sight, or with a
 * date and no title, is reported, not guessed; an impossible date is refused, naming the line.
 */
final class BragMarkdown {

    /** Bullets nested deeper than this are refused: no brag document needs them, a hostile one might. */
    static final int MAX_DEPTH = 8;

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^([ \\t]*)(?:[-*+]|\\d+[.)])(?:\\s+(.*))?$");
    private static final Pattern FENCE = Pattern.compile("^[ \\t]{0,3}(?:```|~~~).*$");
    private static final Pattern LEADING_DATE =
            Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s*[:\\-\u2013\u2014]?\\s*(.*)$");
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern ISO_MONTH = Pattern.compile("\\b(\\d{4})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b([A-Za-z]{3,9})\\s+(\\d{4})\\b");

    private BragMarkdown() {}

    static BragDocument parse(String text, String source) {
        if (text.isBlank()) {
            throw new BragFormatException(I18n.t("brag.msg.empty", source));
        }
        List<BragEntry> entries = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        List<Integer> untitled = new ArrayList<>();
        Optional<LocalDate> date = Optional.empty();
        BragEntry open = null;
        StringBuilder story = new StringBuilder();
        boolean fenced = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            String where = BragDocument.where(source, false, number);
            // A code block (``` or ~~~) is text, never wins or headings: the story of the win above it.
            boolean fence = FENCE.matcher(line).matches();
            if (fence || fenced) {
                fenced ^= fence;
                if (open != null && !fence && !line.isBlank()) {
                    story.append(story.isEmpty() ? "" : "\n").append(line.strip());
                }
                continue;
            }
            Matcher heading = HEADING.matcher(line.strip());
            Matcher bullet = BULLET.matcher(line);
            Matcher leading = LEADING_DATE.matcher(line.strip());
            boolean topBullet = bullet.matches() && depth(bullet.group(1), source, number) == 0;
            if (heading.matches() || topBullet || leading.matches() && !bullet.matches()) {
                open = close(open, story, entries);
            }
            if (heading.matches()) {
                date = headingDate(heading.group(1), where);
            } else if (topBullet || leading.matches() && !bullet.matches()) {
                String item = topBullet ? Objects.toString(bullet.group(2), "").strip() : line.strip();
                Matcher own = LEADING_DATE.matcher(item);
                Optional<LocalDate> day = date;
                if (own.matches()) {
                    day = Optional.of(BragFiles.day(own.group(1), where));
                    item = own.group(2).strip();
                }
                if (item.isEmpty()) {
                    untitled.add(number);
                } else if (day.isEmpty()) {
                    undated.add(number);
                } else {
                    open = new BragEntry(number, day.get(), item, "", List.of());
                }
            } else if (open != null && !line.isBlank()) {
                String part =
                        bullet.matches() ? Objects.toString(bullet.group(2), "").strip() : line.strip();
                story.append(story.isEmpty() ? "" : "\n").append(part);
            }
        }
        close(open, story, entries);
        if (entries.isEmpty()) {
            throw new BragFormatException(I18n.t("brag.msg.noWins", source));
        }
        return new BragDocument(source, false, entries, undated, untitled);
    }

    private static BragEntry close(BragEntry open, StringBuilder story, List<BragEntry> entries) {
        if (open != null) {
            entries.add(new BragEntry(open.line(), open.date(), open.title(), story.toString(), List.of()));
        }
        story.setLength(0);
        return null;
    }

    private static int depth(String indent, String source, int line) {
        int columns = 0;
        for (char c : indent.toCharArray()) {
            columns += c == '\t' ? 4 : 1;
        }
        int depth = columns / 2;
        if (depth > MAX_DEPTH) {
            throw new BragFormatException(I18n.t("brag.msg.tooDeep", source, line, MAX_DEPTH));
        }
        return depth;
    }

    /**
     * The date a heading gives its bullets: a day, the first of a month, or none. An impossible
     * day ("## 2026-02-31") is refused, naming the line.
     */
    private static Optional<LocalDate> headingDate(String heading, String where) {
        Matcher day = ISO_DAY.matcher(heading);
        if (day.find()) {
            return Optional.of(BragFiles.day(day.group(1), where));
        }
        Matcher month = ISO_MONTH.matcher(heading);
        if (month.find()) {
            int m = Integer.parseInt(month.group(2));
            return m >= 1 && m <= 12
                    ? Optional.of(BragFiles.day(month.group(1) + "-" + month.group(2) + "-01", where))
                    : Optional.empty();
        }
        Matcher named = MONTH_YEAR.matcher(heading);
        while (named.find()) {
            Optional<Month> m = month(named.group(1));
            if (m.isPresent()) {
                return Optional.of(BragFiles.day(
                        named.group(2) + "-"
                                + String.format(Locale.ROOT, "%02d", m.get().getValue()) + "-01",
                        where));
            }
        }
        return Optional.empty();
    }

    private static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && name.startsWith(w)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
