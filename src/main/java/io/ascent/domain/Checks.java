package io.ascent.domain;

import io.ascent.text.I18n;

/**
 * Argument checks shared by the domain records, with messages a user can read. A record names
 * the checked value by its I18n key, looked up only when the check fails: records such as
 * milestones are built by the thousand and must not pay for words they never show.
 */
final class Checks {

    private Checks() {}

    static String requireText(String value, String whatKey, Object... args) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(I18n.t("domain.error.empty", I18n.t(whatKey, args)));
        }
        return value;
    }

    static String requireLength(String value, int max, String whatKey) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(I18n.t("domain.error.tooLong", I18n.t(whatKey), value.length(), max));
        }
        return value;
    }
}
