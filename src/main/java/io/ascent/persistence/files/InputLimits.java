package io.ascent.persistence.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.ascent.text.I18n;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The limits on every file Ascent reads from outside (framework JSON and CSV, plan JSON), in
 * one place so docs/framework-format.md and docs/plan-format.md can name them. Each is far
 * above what a real file needs and far below what would hang the app or fill the memory.
 */
public final class InputLimits {

    /**
     * A framework file's size. The shipped ladder (5 levels, 24 competencies, 288 milestones) is
     * 130 KB, about 460 bytes a milestone; the schema's largest ladder (10,000 milestones) is
     * about 4.6 MB at that rate.
     */
    public static final int FRAMEWORK_MAX_BYTES = 5 * 1024 * 1024;
    /**
     * A plan file's size. A heavy plan on the shipped ladder (every milestone done with 2,000
     * characters of evidence and 1,000 of notes, a check-in every two weeks for four years) is
     * 4.3 MB in Chinese, half that in English; the room above that is for longer evidence.
     */
    public static final int PLAN_MAX_BYTES = 10 * 1024 * 1024;
    /**
     * A review request's or response's size: a request carries at most what a plan file does (the
     * evidence of done milestones, without private notes or check-ins).
     */
    public static final int REVIEW_MAX_BYTES = PLAN_MAX_BYTES;
    /** A reviewer key file: a name and two keys, under 1 KB; the limit is the smallest a message can name. */
    public static final int KEY_FILE_MAX_BYTES = 1024 * 1024;
    /** Objects and lists inside each other; the formats need 4. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** One JSON string, before the per-field limits (at most 20,000 characters) say which field. */
    public static final int MAX_STRING_CHARS = 100_000;
    /** One JSON field name; the longest the formats use is 22 characters. */
    public static final int MAX_NAME_CHARS = 200;
    /** Digits of one JSON number; ranks and counts have at most 6. */
    public static final int MAX_NUMBER_CHARS = 20;
    /** Entries of any one JSON list or object (the schema's milestone limit). */
    public static final int MAX_ITEMS = 10_000;
    /** Columns of a CSV: area, competency, id, description, specialization and up to 30 levels. */
    public static final int MAX_CSV_COLUMNS = 40;
    /** Data rows of a CSV: the schema's milestone limit. */
    public static final int MAX_CSV_ROWS = 10_000;

    private InputLimits() {}

    /**
     * Jackson for outside files: the limits above, duplicate keys refused while parsing, no
     * default typing (nothing in a file can name a Java class), unknown fields refused (a
     * misspelt field must not silently drop what the user wrote), no fractions where a whole
     * number belongs.
     */
    static ObjectMapper strictMapper(int maxBytes) {
        return strictMapper(maxBytes, MAX_STRING_CHARS);
    }

    /**
     * The same with another limit on one text value: a signed review response carries its payload
     * as one base64 text, which the payload's own limits then check once it is decoded.
     */
    static ObjectMapper strictMapper(int maxBytes, int maxStringChars) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(maxStringChars)
                        .maxNameLength(MAX_NAME_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .maxDocumentLength(maxBytes)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = new ObjectMapper(factory);
        // A number or true/false where text belongs is a mistake, not text: "reviewer": true would
        // otherwise become a reviewer called "true" (decision 0004: refused, not repaired).
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // Likewise "false", 0 or 1 where true/false belongs, and "3" or true where a number does:
        // a file says what it means in JSON's own types, or it is refused (plan files, reviews, ladders).
        for (LogicalType type : List.of(LogicalType.Boolean, LogicalType.Integer, LogicalType.Float)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(
                            CoercionInputShape.Integer,
                            type == LogicalType.Boolean ? CoercionAction.Fail : CoercionAction.TryConvert)
                    .setCoercion(
                            CoercionInputShape.Float,
                            type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(
                            CoercionInputShape.Boolean,
                            type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 1.5 read as a count would silently become 1; a whole number is asked for instead.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** The plain message for a limit Jackson hit while reading {@code source}, if it was one. */
    static Optional<String> limitMessage(Throwable error, String source, int maxBytes) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof StreamConstraintsException limit) {
                String text = String.valueOf(limit.getOriginalMessage()).toLowerCase(Locale.ROOT);
                if (text.contains("nesting depth")) {
                    return Optional.of(I18n.t("input.json.tooDeep", source, String.valueOf(MAX_NESTING_DEPTH)));
                }
                if (text.contains("string value")) {
                    return Optional.of(I18n.t("input.json.textTooLong", source, String.valueOf(MAX_STRING_CHARS)));
                }
                if (text.contains("number")) {
                    return Optional.of(I18n.t("input.json.numberTooLong", source, String.valueOf(MAX_NUMBER_CHARS)));
                }
                if (text.contains("name")) {
                    return Optional.of(I18n.t("input.json.nameTooLong", source, String.valueOf(MAX_NAME_CHARS)));
                }
                return Optional.of(tooLarge(source, maxBytes + 1L, maxBytes));
            }
        }
        return Optional.empty();
    }

    static String tooLarge(String source, long size, int maxBytes) {
        return I18n.t("input.file.tooLarge", source, megabytes(size), megabytes(maxBytes));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
