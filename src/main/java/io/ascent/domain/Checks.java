package io.ascent.domain;

/** Argument checks shared by the domain records, with messages a user can read. */
final class Checks {

    private Checks() {
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        return value;
    }
}
