package io.ascent.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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

    private I18n() {}

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
        bundle = load(newLocale);
        formats = new ConcurrentHashMap<>();
        dates = dateFormatter(newLocale);
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

    public static String date(LocalDate date) {
        return dates.format(date);
    }

    public static String percent(double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(Math.floor(fraction * 100.0) / 100.0);
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
