package io.ascent.persistence;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ascent.domain.text.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Jackson's type errors in words a user can act on: "expected a whole number", not "Cannot
 * deserialize value of type `java.lang.Integer`". Java class names never reach the user.
 */
final class MappingMessages {

    private MappingMessages() {
    }

    static Optional<String> of(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : invalid.getTargetType().getEnumConstants()) {
                values.append(values.length() == 0 ? "" : ", ").append(constant);
            }
            return Optional.of(I18n.t("input.json.notOneOf", String.valueOf(invalid.getValue()), values.toString()));
        }
        if (e.getCause() instanceof InputCoercionException || String.valueOf(e.getOriginalMessage())
                .startsWith("Numeric value")) {
            return Optional.of(I18n.t("input.json.numberOutOfRange"));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return Optional.of(I18n.t("input.json.wrongType", expected(mismatch.getTargetType())));
        }
        return Optional.empty();
    }

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return I18n.t("input.json.type.list");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return I18n.t("input.json.type.integer");
        }
        if (type == Boolean.class || type == boolean.class) {
            return I18n.t("input.json.type.boolean");
        }
        if (type == String.class) {
            return I18n.t("input.json.type.text");
        }
        if (type == LocalDate.class) {
            return I18n.t("input.json.type.date");
        }
        if (type == Instant.class) {
            return I18n.t("input.json.type.instant");
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? I18n.t("input.json.type.object") : type.getSimpleName();
    }
}
