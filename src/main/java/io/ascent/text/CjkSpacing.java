package io.ascent.text;

import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Chinese and Japanese messages put a space around a placeholder ("迈向 {0} 的就绪度") so that a
 * Latin or numeric value stands apart, as Chinese typography wants ("迈向 Senior PM 的就绪度").
 * When the value is itself Chinese ("高级产品经理"), a space between two ideographs is wrong; this
 * removes exactly those spaces of the pattern that touch a filled-in value with an ideograph on
 * both sides. Spaces inside a value (a plan's name as the user typed it) are never touched.
 */
final class CjkSpacing {

    private CjkSpacing() {}

    static boolean appliesTo(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("zh") || language.equals("ja");
    }

    /** Whether {@code text} has a space with an ideograph on each side; most messages have none. */
    static boolean hasSpaceBetweenIdeographs(String text) {
        for (int i = text.indexOf(' ', 1); i > 0 && i + 1 < text.length(); i = text.indexOf(' ', i + 1)) {
            if (ideographBefore(text, i) && ideographAt(text, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@code format} filled with {@code args}, without the pattern's spaces between ideographs. */
    static String format(MessageFormat format, Object[] args) {
        AttributedCharacterIterator it = format.formatToCharacterIterator(args);
        StringBuilder text = new StringBuilder();
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            text.append(c);
        }
        TreeSet<Integer> drop = new TreeSet<>();
        int i = it.getBeginIndex();
        while (i < it.getEndIndex()) {
            it.setIndex(i);
            int end = it.getRunLimit(MessageFormat.Field.ARGUMENT);
            if (it.getAttribute(MessageFormat.Field.ARGUMENT) != null && end > i) {
                if (i >= 2 && text.charAt(i - 1) == ' ' && ideographBefore(text, i - 1) && ideographAt(text, i)) {
                    drop.add(i - 1);
                }
                if (end + 1 < text.length()
                        && text.charAt(end) == ' '
                        && ideographBefore(text, end)
                        && ideographAt(text, end + 1)) {
                    drop.add(end);
                }
            }
            i = end;
        }
        for (int at : drop.descendingSet()) {
            text.deleteCharAt(at);
        }
        return text.toString();
    }

    private static boolean ideographBefore(CharSequence text, int index) {
        return ideograph(Character.codePointBefore(text, index));
    }

    private static boolean ideographAt(CharSequence text, int index) {
        return ideograph(Character.codePointAt(text, index));
    }

    /** A CJK ideograph or kana: no space belongs between two of them. */
    private static boolean ideograph(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
