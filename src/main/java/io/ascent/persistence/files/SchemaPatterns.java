package io.ascent.persistence.files;

import java.util.regex.Pattern;

/**
 * The schema's {@code pattern}s as JSON Schema means them: ECMA-262 regular expressions, found
 * anywhere in the text. There {@code $} ends the text; in Java's it may also stand before a final
 * line break, so "evil\n" would pass the id pattern {@code ^[A-Za-z0-9][A-Za-z0-9._-]*$}. Every
 * {@code $} outside a character class becomes {@code \z} (the end of the text).
 */
final class SchemaPatterns {

    private SchemaPatterns() {}

    static Pattern compile(String regex) {
        return Pattern.compile(translate(regex));
    }

    static String translate(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 2);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            out.append(c == '$' && !inClass ? "\\z" : String.valueOf(c));
        }
        return out.toString();
    }
}
