package io.ascent.persistence.files;

import io.ascent.persistence.files.PlainJson.NotPlain;
import java.util.Optional;

/**
 * Reads framework JSON that Ascent checked before (the shipped ladder, frameworks stored after
 * an import) without Jackson's data binding, which costs the installed app 60 to 250 ms of
 * every start (docs/performance.md, "The hand-written JSON reader"). The fields come from
 * {@link FrameworkJson} through {@link PlainRecords}, so the format grows by changing that record
 * alone. Anything outside the plain shape (unknown field, repeated key, a number where text
 * belongs, newer format) comes back empty and the caller reads the JSON through Jackson's strict
 * mapping, which explains the problem.
 */
final class TrustedFrameworkJson {

    private TrustedFrameworkJson() {}

    /** The file's content, or empty if it is not in the plain shape this reader takes. */
    static Optional<FrameworkJson> read(String text) {
        try {
            FrameworkJson json = PlainRecords.bind(PlainJson.parse(text), FrameworkJson.class);
            if (json.formatVersion() != null && json.formatVersion() > FrameworkJson.FORMAT_VERSION) {
                return Optional.empty();
            }
            return Optional.of(json);
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }
}
