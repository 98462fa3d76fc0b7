package io.ascent.domain;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.ascent.text.I18n;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rule for one-line text people read as they see it (plan names, win titles and impact):
 * characters that change how the text around them is shown without being seen themselves are
 * refused, so "Safe ‮DELIFORP‬ win" cannot read as something else. Refused: bidi embeddings,
 * overrides and isolates, the zero-width space, the byte-order mark, other default-ignorables,
 * line and paragraph separators, and tag characters outside an emoji flag. Joiners (ZWJ in emoji,
 * ZWNJ in Persian), the left-to-right and right-to-left marks and variation selectors stay
 * allowed: scripts need them.
 */
public final class VisibleText {

    /**
     * Default-ignorable characters that scripts and emoji need: ZWNJ, ZWJ, LRM, RLM, the Mongolian
     * variation selectors and the variation selectors (U+FE00-FE0F, U+E0100-E01EF).
     */
    private static final Predicate<Integer> NEEDED = cp -> cp >= 0x200C && cp <= 0x200F
            || cp >= 0x180B && cp <= 0x180D
            || cp == 0x180F
            || cp >= 0xFE00 && cp <= 0xFE0F
            || cp >= 0xE0100 && cp <= 0xE01EF;

    /** Bidi embeddings, overrides and isolates, other default-ignorables, line and paragraph separators. */
    private static final Predicate<Integer> INVISIBLE = cp -> cp == 0x2028
            || cp == 0x2029
            || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT) && !NEEDED.test(cp);

    private VisibleText() {}

    /** Whether {@code cp} is refused wherever it stands (tag characters aside, see {@link #firstInvisible}). */
    static boolean isInvisible(int cp) {
        return INVISIBLE.test(cp);
    }

    /** The first refused invisible character: tag characters count unless they spell an emoji flag's tag. */
    public static Optional<Integer> firstInvisible(String text) {
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean tag = cp >= 0xE0020 && cp <= 0xE007F;
            boolean inFlag = tag && (previous == 0x1F3F4 || previous >= 0xE0020 && previous <= 0xE007E);
            if (tag ? !inFlag : INVISIBLE.test(cp)) {
                return Optional.of(cp);
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** {@code text} unchanged, or an {@link IllegalArgumentException} naming the field ({@code fieldKey}) and the character. */
    public static String require(String text, String fieldKey) {
        Optional<Integer> invisible = text == null ? Optional.empty() : firstInvisible(text);
        if (invisible.isPresent()) {
            throw new IllegalArgumentException(I18n.t("input.invisible", I18n.t(fieldKey), codePoint(invisible.get())));
        }
        return text;
    }

    /** "U+202E", the way a user can look the character up. */
    static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
