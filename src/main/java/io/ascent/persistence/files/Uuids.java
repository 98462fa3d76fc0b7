package io.ascent.persistence.files;

import io.ascent.text.I18n;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Small helpers of the review formats: ids written as UUIDs, and lists that may be absent. */
final class Uuids {

    /** The canonical text of a UUID, as Ascent writes it (lower-case hex, with dashes). */
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Uuids() {}

    /** {@code text} as a UUID; anything but the canonical form is refused with the field's path. */
    static UUID parse(String text, String path) {
        if (text == null || !CANONICAL.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException(I18n.t("review.msg.notUuid", path, String.valueOf(text)));
        }
        return UUID.fromString(text);
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
