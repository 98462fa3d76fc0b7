package io.ascent.persistence.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import io.ascent.text.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Jackson's errors in words a user can act on: "expected a whole number", not "Cannot
 * deserialize value of type `java.lang.Integer`", and where in the file they are. Java class
 * names never reach the user. Shared by the framework, CSV and plan file readers.
 */
final class MappingMessages {

    private MappingMessages() {}

    static Optional<String> of(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : invalid.getTargetType().getEnumConstants()) {
                values.append(values.length() == 0 ? "" : ", ").append(constant);
            }
            return Optional.of(I18n.t("input.json.notOneOf", String.valueOf(invalid.getValue()), values.toString()));
        }
        if (e.getCause() instanceof InputCoercionException
                || String.valueOf(e.getOriginalMessage()).startsWith("Numeric value")) {
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
        return Map.class.isAssignableFrom(type) || type.isRecord()
                ? I18n.t("input.json.type.object")
                : type.getSimpleName();
    }

    /** Why a file is not readable JSON at all: the input limit it broke, or where its syntax fails. */
    static String unreadable(JsonProcessingException e, String source, int maxBytes) {
        return InputLimits.limitMessage(e, source, maxBytes)
                .orElseGet(() -> I18n.t("fw.msg.notJson", source, at(e.getLocation()), clean(e)));
    }

    /**
     * Why a file's JSON could not be read into its record, in the user's words: the input limit it
     * broke, where its syntax fails, a date that is not one, or a value of the wrong shape (with
     * what {@code tree}, if given, holds there).
     */
    static String mappingProblem(JsonMappingException e, String source, int maxBytes, JsonNode tree) {
        Optional<String> limit = InputLimits.limitMessage(e, source, maxBytes);
        if (limit.isPresent()) {
            return limit.get();
        }
        if (e.getCause() instanceof JsonParseException syntax) {
            return I18n.t("plan.msg.notJson", source, at(syntax.getLocation()).strip());
        }
        if (e.getCause() instanceof DateTimeParseException date) {
            return source + ": " + where(e) + I18n.t("plan.msg.notDate", date.getParsedString());
        }
        return source + ": " + misfit(e, tree);
    }

    /** A value of the wrong shape: where it is, then what was expected there, without Java's class names. */
    static String misfit(JsonProcessingException e) {
        String what = e instanceof JsonMappingException mapping ? of(mapping).orElseGet(() -> clean(e)) : clean(e);
        return where(e) + what;
    }

    /** As {@link #misfit(JsonProcessingException)}, adding what {@code tree} holds where a value had the wrong type. */
    static String misfit(JsonMappingException e, JsonNode tree) {
        boolean wrongType = e instanceof MismatchedInputException
                && !(e instanceof PropertyBindingException)
                && !(e instanceof InvalidFormatException);
        if (!wrongType) {
            return misfit(e);
        }
        JsonNode node = tree;
        for (JsonMappingException.Reference ref : e.getPath()) {
            node = node == null
                    ? null
                    : ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
        }
        return node == null || node == tree || node.isContainerNode()
                ? misfit(e)
                : misfit(e) + I18n.t("input.json.found", found(node));
    }

    /** A JSON value as a user would name it: the text "1", the number 20000000, true. */
    static String found(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            return I18n.t("input.json.found.text", text.length() > 40 ? text.substring(0, 40) + "..." : text);
        }
        return value.isNumber() ? I18n.t("input.json.found.number", value.asText()) : value.toString();
    }

    /** "at $.levels[2].title (line 4, column 9) ", or "" when Jackson gives no path. */
    static String where(JsonProcessingException processing) {
        if (!(processing instanceof JsonMappingException e)) {
            return "";
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return I18n.t("fw.msg.atPath", path.toString()) + " " + at(e.getLocation());
    }

    /** "(line 4, column 9) ", or "" when the location is unknown. */
    static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : I18n.t(
                                "fw.msg.lineColumn",
                                String.valueOf(location.getLineNr()),
                                String.valueOf(location.getColumnNr()))
                        + " ";
    }

    /** Jackson's own message without its source excerpt and class hints; duplicates and unknown fields in words. */
    static String clean(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        for (String end : new String[] {"\n", " (for ", " at [Source", " (class "}) {
            int cut = message.indexOf(end);
            message = cut >= 0 ? message.substring(0, cut) : message;
        }
        if (message.startsWith("Duplicate field")) {
            int quote = message.indexOf('\'');
            int end = message.indexOf('\'', quote + 1);
            if (quote >= 0 && end > quote) {
                return I18n.t("input.json.duplicateKey", message.substring(quote + 1, end));
            }
        }
        if (message.startsWith("Unrecognized field")) {
            int quote = message.indexOf('"');
            int end = message.indexOf('"', quote + 1);
            if (quote >= 0 && end > quote) {
                return I18n.t("fw.msg.unknownField", message.substring(quote + 1, end));
            }
        }
        return message;
    }
}
