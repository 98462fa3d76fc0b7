package io.ascent.domain.review;

import io.ascent.domain.InputRules;
import io.ascent.domain.PlanName;
import io.ascent.text.I18n;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks the review records share: text that can be stored and is not too long, ids that
 * are slugs, names of people. Failures are {@link IllegalArgumentException}s worded for the user,
 * the field named by its I18n key and looked up only on failure.
 */
final class ReviewTexts {

    /** A comment on one competency or one piece of evidence: a few sentences. */
    static final int MAX_COMMENT = 2_000;
    /** The reviewer's summary: a few paragraphs. */
    static final int MAX_SUMMARY = 10_000;
    /** A title copied from a ladder (a milestone's, a competency's). */
    static final int MAX_TITLE = 500;
    /** A person's name, as long as a plan name may be. */
    static final int MAX_NAME = PlanName.MAX_LENGTH;

    private ReviewTexts() {}

    /** {@code text} (empty for null), stripped if asked, within {@code max} characters and storable. */
    static String text(String text, int max, String fieldKey, boolean strip) {
        String value = text == null ? "" : strip ? text.strip() : text;
        if (value.length() > max) {
            throw new IllegalArgumentException(I18n.t("domain.error.tooLong", I18n.t(fieldKey), value.length(), max));
        }
        return InputRules.requireStorable(value, fieldKey);
    }

    /** Like {@link #text} but not empty. */
    static String required(String text, int max, String fieldKey) {
        String value = text(text, max, fieldKey, true);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(I18n.t("domain.error.empty", I18n.t(fieldKey)));
        }
        return value;
    }

    /** A slug id ({@link InputRules#isId}), or an exception naming the field. */
    static String id(String id, String fieldKey) {
        if (!InputRules.isId(id)) {
            throw new IllegalArgumentException(
                    I18n.t("review.error.badId", I18n.t(fieldKey), String.valueOf(id), InputRules.MAX_ID_LENGTH));
        }
        return id;
    }

    /** A slug, or an expectation item's {@code competency@level} ({@link InputRules#isItemId}). */
    static String itemId(String id, String fieldKey) {
        if (!InputRules.isItemId(id)) {
            throw new IllegalArgumentException(
                    I18n.t("review.error.badId", I18n.t(fieldKey), String.valueOf(id), InputRules.MAX_ID_LENGTH));
        }
        return id;
    }

    static Optional<String> optionalId(Optional<String> id, String fieldKey) {
        Optional<String> value = id == null ? Optional.empty() : id;
        value.ifPresent(v -> id(v, fieldKey));
        return value;
    }

    /**
     * A person's name, stripped: the rule for plan names ({@link PlanName}, one line, at most 120
     * characters, no invisible characters), each failure worded with the field's name where it helps.
     */
    static String name(String name, String fieldKey) {
        String value = required(name, Integer.MAX_VALUE, fieldKey);
        return switch (PlanName.problemOf(value)) {
            case NONE -> value;
            case EMPTY -> throw new IllegalArgumentException(I18n.t("domain.error.empty", I18n.t(fieldKey)));
            case TOO_LONG ->
                throw new IllegalArgumentException(
                        I18n.t("domain.error.tooLong", I18n.t(fieldKey), PlanName.length(value), MAX_NAME));
            case CONTROL_CHARACTERS ->
                throw new IllegalArgumentException(I18n.t("review.error.nameLines", I18n.t(fieldKey)));
            case INVISIBLE_CHARACTERS, TOO_MANY_MARKS -> throw new IllegalArgumentException(PlanName.problem(value));
        };
    }

    static <T> T present(T value, String fieldKey) {
        if (value == null) {
            throw new IllegalArgumentException(I18n.t("domain.error.empty", I18n.t(fieldKey)));
        }
        return Objects.requireNonNull(value);
    }
}
