package io.ascent.text;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The numeric form of a date in one language, as a date field shows and takes it: the
 * language's short date with the year written in full ("M/d/yyyy" in English, "d/M/yyyy" in
 * Spanish, "y/M/d" in Chinese), and the same form in the language's letters for the field's
 * prompt ("mm/dd/yyyy", "dd/mm/aaaa", "年/月/日"). Used through {@link I18n}.
 */
record DateForm(DateTimeFormatter formatter, DateTimeFormatter parser, String hint) {

    static DateForm of(Locale locale, String day, String month, String year) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        StringBuilder shown = new StringBuilder();
        StringBuilder parsed = new StringBuilder();
        StringBuilder hint = new StringBuilder();
        for (int i = 0; i < shortPattern.length(); ) {
            char c = shortPattern.charAt(i);
            int end = i;
            while (end < shortPattern.length() && shortPattern.charAt(end) == c) {
                end++;
            }
            String run = shortPattern.substring(i, end);
            switch (c) {
                case 'y', 'u' -> {
                    shown.append("yyyy");
                    // 'uuuu' under strict resolving: four digits or more, no era needed, "27" refused.
                    parsed.append("uuuu");
                    hint.append(year);
                }
                case 'M', 'L' -> {
                    shown.append(run.length() >= 2 ? "MM" : "M");
                    // One letter reads one or two digits: "6" and "06" are both June.
                    parsed.append('M');
                    hint.append(month);
                }
                case 'd' -> {
                    shown.append(run.length() >= 2 ? "dd" : "d");
                    parsed.append('d');
                    hint.append(day);
                }
                case '\'' -> {
                    int close = shortPattern.indexOf('\'', i + 1);
                    String quoted = shortPattern.substring(i, close < 0 ? shortPattern.length() : close + 1);
                    shown.append(quoted);
                    parsed.append(quoted);
                    hint.append(quoted.replace("'", ""));
                    end = i + quoted.length();
                }
                default -> {
                    shown.append(run);
                    parsed.append(run);
                    hint.append(run);
                }
            }
            i = end;
        }
        return new DateForm(
                DateTimeFormatter.ofPattern(shown.toString(), locale),
                DateTimeFormatter.ofPattern(parsed.toString(), locale),
                hint.toString());
    }

    String format(LocalDate date) {
        return formatter.format(date);
    }
}
