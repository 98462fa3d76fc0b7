package io.ascent.persistence.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader for JSON that Ascent wrote or checked itself: objects become ordered maps,
 * arrays lists, strings strings, whole numbers {@code Long}s, {@code null} {@link #NULL}.
 * Whatever it does not take (fractions, exponents, repeated keys, anything malformed) throws
 * {@link NotPlain}, and the caller hands the text to Jackson, which explains the problem.
 */
final class PlainJson {

    /** JSON's null, so that a field set to null differs from a missing one. */
    static final Object NULL = new Object();

    private final String text;
    private int at;
    // Objects and arrays open around the current value: past Jackson's limit the text goes to
    // Jackson, which says it is too deep, instead of this reader running out of stack.
    private int depth;

    private PlainJson(String text) {
        this.text = text;
    }

    /** The one value {@code text} holds. */
    static Object parse(String text) {
        PlainJson parser = new PlainJson(text);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.at != text.length()) {
            throw new NotPlain();
        }
        return value;
    }

    // RFC 8259; numbers only as whole numbers, which is all Ascent writes.

    private Object value() {
        skipSpace();
        char first = peek();
        if ((first == '{' || first == '[') && depth >= InputLimits.MAX_NESTING_DEPTH) {
            throw new NotPlain();
        }
        return switch (first) {
            case '{' -> objectValue();
            case '[' -> arrayValue();
            case '"' -> text();
            case 'n' -> word("null", NULL);
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            default -> number();
        };
    }

    private Map<String, Object> objectValue() {
        at++;
        depth++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            depth--;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw new NotPlain();
            }
            String key = string();
            if (key.length() > InputLimits.MAX_NAME_CHARS) {
                throw new NotPlain();
            }
            skipSpace();
            if (next() != ':') {
                throw new NotPlain();
            }
            if (map.put(key, value()) != null) {
                throw new NotPlain();
            }
            skipSpace();
            char next = next();
            if (next == '}') {
                depth--;
                return map;
            }
            if (next != ',') {
                throw new NotPlain();
            }
        }
    }

    private List<Object> arrayValue() {
        at++;
        depth++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            depth--;
            return list;
        }
        while (true) {
            list.add(value());
            skipSpace();
            char next = next();
            if (next == ']') {
                depth--;
                return list;
            }
            if (next != ',') {
                throw new NotPlain();
            }
        }
    }

    // Past Jackson's limits the text goes to Jackson, which names the limit.
    private String text() {
        String text = string();
        if (text.length() > InputLimits.MAX_STRING_CHARS) {
            throw new NotPlain();
        }
        return text;
    }

    private String string() {
        at++;
        int start = at;
        // Most strings have no escapes: take them as one substring.
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                return text.substring(start, at++);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            at++;
        }
        StringBuilder out = new StringBuilder().append(text, start, at);
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new NotPlain();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hex());
                default -> throw new NotPlain();
            }
        }
    }

    private char hex() {
        if (at + 4 > text.length()) {
            throw new NotPlain();
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
                throw new NotPlain();
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private Long number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int digits = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        int count = at - digits;
        // Fractions, exponents, leading zeros and very long numbers are left to Jackson.
        if (count == 0
                || count > 12
                || (count > 1 && text.charAt(digits) == '0')
                || (at < text.length()
                        && (text.charAt(at) == '.' || text.charAt(at) == 'e' || text.charAt(at) == 'E'))) {
            throw new NotPlain();
        }
        return Long.parseLong(text, start, at, 10);
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw new NotPlain();
        }
        at += word.length();
        return value;
    }

    private char peek() {
        if (at >= text.length()) {
            throw new NotPlain();
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    /** The text is valid JSON or not, but not in the plain shape this reader takes. */
    static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }
}
