package io.ascent.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The user interface's words, from {@code i18n/messages*.properties}, and dates and numbers in the
 * user's locale. One locale per run, chosen at start-up by {@code --lang} or the system locale;
 * static like JabRef's Localization, because every view needs it and it never changes mid-run.
 * Framework content stays in the language of its file.
 */
public final class I18n {

    /** Languages with a complete bundle; others fall back to English. */
    public static final List<Locale> SUPPORTED =
            List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("es"));

    private static volatile Locale locale = Locale.getDefault();
    private static volatile ResourceBundle bundle = load(locale);
    // Parsed patterns and formatters for the current locale: a printed plan of 5,000 milestones
    // asks for a few words per milestone, and parsing a MessageFormat each time doubled its time.
    private static volatile Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private static volatile DateTimeFormatter dates = dateFormatter(locale);
    private static volatile Supplier<DateForm> fieldDates = lazyDateForm();

    private I18n() {}

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
        bundle = load(newLocale);
        formats = new ConcurrentHashMap<>();
        dates = dateFormatter(newLocale);
        fieldDates = lazyDateForm();
        // JavaFX's date picker draws its calendar in the default format locale.
        Locale.setDefault(Locale.Category.FORMAT, newLocale);
    }

    public static Locale locale() {
        return locale;
    }

    /** The chosen language's bundle, for libraries that read one themselves (picocli's help). */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for {@code key}, with {0}, {1}, ... filled from {@code args}; an argument written
     * right to left is {@linkplain BidiText marked} so that it cannot turn the sentence around.
     */
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key must never crash a screen; the bundle test keeps this from shipping.
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        Object[] shown = args;
        for (int i = 0; i < args.length; i++) {
            Object marked = BidiText.marked(args[i]);
            if (marked != args[i]) {
                shown = shown == args ? args.clone() : shown;
                shown[i] = marked;
            }
        }
        // MessageFormat is not thread-safe; the window and background tasks may format at once.
        synchronized (format) {
            String text = format.format(shown);
            return CjkSpacing.appliesTo(locale) && CjkSpacing.hasSpaceBetweenIdeographs(text)
                    ? CjkSpacing.format(format, shown)
                    : text;
        }
    }

    /**
     * Two sentences as one message: a space between them, except after full-width punctuation
     * ("。", "）"), which Chinese writes without one.
     */
    public static String sentences(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        char last = first.charAt(first.length() - 1);
        boolean fullWidth = last >= '\u3000' && last <= '\u303F' || last >= '\uFF00' && last <= '\uFFEF';
        return fullWidth ? first + second : first + " " + second;
    }

    /** A date as the window, the command line and printouts show it: "Jun 30, 2027", "30 jun 2027". */
    public static String date(LocalDate date) {
        return dates.format(date);
    }

    /** A date as a date field shows it, in the numeric form it is typed: "6/30/2027", "30/6/2027". */
    public static String fieldDate(LocalDate date) {
        return fieldDates.get().format(date);
    }

    /**
     * The date typed into a date field: in the language's numeric form ({@link #fieldDate}), in
     * its display form ({@link #date}) or as ISO {@code 2027-06-30}. Empty for text that is no
     * date, a day that does not exist (31/02/2020) or a two-digit year. The command line and
     * files take ISO only and do not come here.
     */
    public static Optional<LocalDate> parseDate(String text) {
        String typed = text == null ? "" : text.strip();
        for (DateTimeFormatter f : List.of(fieldDates.get().parser(), DateTimeFormatter.ISO_LOCAL_DATE, dates)) {
            try {
                return Optional.of(LocalDate.parse(typed, f.withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // not in this form; the next may fit
            }
        }
        return Optional.empty();
    }

    /** The form a date field takes, in the language's letters: "mm/dd/yyyy", "dd/mm/aaaa", "年/月/日". */
    public static String dateHint() {
        return fieldDates.get().hint();
    }

    public static String percent(double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(Math.floor(fraction * 100.0) / 100.0);
    }

    // Built when first asked for: the hint needs the bundle, and the command line rarely needs a field.
    private static Supplier<DateForm> lazyDateForm() {
        DateForm[] made = new DateForm[1];
        return () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = DateForm.of(locale, t("date.letter.day"), t("date.letter.month"), t("date.letter.year"));
                }
                return made[0];
            }
        };
    }

    private static DateTimeFormatter dateFormatter(Locale l) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l);
    }

    private static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(
                "i18n.messages",
                l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
