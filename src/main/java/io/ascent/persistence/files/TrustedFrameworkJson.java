package io.ascent.persistence.files;

import io.ascent.persistence.files.PlainJson.NotPlain;
import java.util.Map;
import java.util.Optional;

/**
 * Reads framework JSON that Ascent keeps itself (the shipped ladder, frameworks stored at
 * import) without Jackson's data binding, which costs the installed app 60 to 250 ms of
 * every start (docs/performance.md, "The JSON reader at start-up"). The fields come from
 * {@link FrameworkJson} through {@link PlainRecords}, so the format grows by changing that record
 * alone. Stored frameworks are held to the schema first ({@link PlainSchemaCheck}). Anything
 * outside the plain shape (repeated key, fraction, nesting or text beyond the limits, newer
 * format) comes back empty and the caller reads the JSON through Jackson and the full validator,
 * which explain the problem.
 */
final class TrustedFrameworkJson {

    private TrustedFrameworkJson() {}

    /**
     * A stored framework's content, or empty if it is not in the plain shape this reader takes
     * (the caller then reads it with Jackson). Plain content is held to the framework schema first
     * ({@link PlainSchemaCheck}), which throws a {@link FrameworkFormatException} naming the problem.
     */
    static Optional<FrameworkJson> read(String text, String source) {
        return read(text, source, true);
    }

    /**
     * The shipped ladder's content, or empty: without the schema check, which the build runs on
     * it with the full validator (DefaultFrameworkContentTest); it costs every start some 10 ms.
     */
    static Optional<FrameworkJson> readShipped(String text) {
        return read(text, "", false);
    }

    private static Optional<FrameworkJson> read(String text, String source, boolean check) {
        try {
            Object tree = PlainJson.parse(text);
            // A newer format is worded by the Jackson path, before any of its fields are judged.
            if (!(tree instanceof Map<?, ?> root)
                    || root.get("formatVersion") instanceof Long version && version > FrameworkJson.FORMAT_VERSION) {
                return Optional.empty();
            }
            if (check) {
                Optional<PlainSchemaCheck> schema = PlainSchemaCheck.framework();
                if (schema.isEmpty()) {
                    return Optional.empty();
                }
                schema.get().check(tree, source);
            }
            return Optional.of(PlainRecords.bind(tree, FrameworkJson.class));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }
}
