package io.ascent.persistence.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.RegularExpression;
import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON Schema of framework files (assets/schema/framework.schema.json), checked on every
 * load. The validator's own messages name schema keywords; these say what to fix in the file.
 */
final class FrameworkSchema {

    static final String RESOURCE = "/assets/schema/framework.schema.json";

    private static final List<String> PRIORITY =
            List.of("additionalProperties", "type", "pattern", "maxLength", "minLength", "required");

    private final JsonSchema schema;

    FrameworkSchema() {
        try (InputStream in = FrameworkSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new FrameworkFormatException(I18n.t("fw.msg.schemaMissing"));
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            text,
                            InputFormat.JSON,
                            SchemaValidatorsConfig.builder()
                                    .pathType(PathType.JSON_PATH)
                                    .regularExpressionFactory(FrameworkSchema::pattern)
                                    .build());
        } catch (IOException e) {
            throw new FrameworkFormatException(I18n.t("fw.msg.schemaUnreadable", e.getMessage()), e);
        }
    }

    private static RegularExpression pattern(String regex) {
        Pattern pattern = SchemaPatterns.compile(regex);
        return text -> pattern.matcher(text).find();
    }

    /** Throws a {@link FrameworkFormatException} naming the first problem, as "source: at $.path: what". */
    void check(JsonNode tree, String source) {
        Set<ValidationMessage> problems = schema.validate(tree);
        if (!problems.isEmpty()) {
            throw report(
                    source,
                    problems.stream()
                            .map(m -> new Problem(m.getType(), describe(m)))
                            .toList());
        }
    }

    /** One schema problem: the keyword it breaks and what to fix, in words. */
    record Problem(String keyword, String words) {}

    /**
     * The most telling problem first (a misspelt field explains the "missing" one next to it),
     * with how many more there are; the same for the full validator and {@link PlainSchemaCheck}.
     */
    static FrameworkFormatException report(String source, List<Problem> problems) {
        List<Problem> sorted = problems.stream()
                .sorted(Comparator.comparingInt(
                        p -> PRIORITY.indexOf(p.keyword()) < 0 ? PRIORITY.size() : PRIORITY.indexOf(p.keyword())))
                .toList();
        String first = source + ": " + sorted.get(0).words();
        if (sorted.size() > 1) {
            first += " "
                    + (sorted.size() == 2
                            ? I18n.t("fw.msg.moreOne")
                            : I18n.t("fw.msg.moreMany", String.valueOf(sorted.size() - 1)));
        }
        return new FrameworkFormatException(first);
    }

    static String describe(ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        JsonNode node = m.getInstanceNode();
        switch (m.getType()) {
            case "required":
                return I18n.t("fw.msg.required", path, m.getProperty());
            case "additionalProperties":
                return I18n.t("fw.msg.additional", path, m.getProperty());
            case "type":
                return I18n.t("fw.msg.type", path, article(arg(args, 1)), article(arg(args, 0)));
            case "maxLength":
                return I18n.t("input.schema.tooLong", path, String.valueOf(length(node)), arg(args, 0));
            case "minLength":
                return I18n.t("fw.msg.emptyText", path);
            case "pattern":
                if (node != null && node.isTextual() && node.asText().isBlank()) {
                    return I18n.t("fw.msg.emptyText", path);
                }
                String text = JsonTreeCheck.shorten(node == null ? "" : node.asText());
                return path.endsWith(".language")
                        ? I18n.t("fw.msg.badLanguage", path, text)
                        : I18n.t("fw.msg.badId", path, text);
            case "propertyNames":
                // Translations are keyed by language, the other maps (expectations, required, descriptors) by level id.
                String name = JsonTreeCheck.shorten(m.getProperty() == null ? arg(args, 0) : m.getProperty());
                return path.endsWith(".translations")
                        ? I18n.t("fw.msg.badLanguage", path + "." + name, name)
                        : I18n.t("fw.msg.badId", path + "." + name, name);
            case "maxProperties":
                return I18n.t("input.schema.tooMany", path, arg(args, 0));
            case "uniqueItems":
                return I18n.t("fw.msg.repeated", path);
            case "minItems":
                return I18n.t("fw.msg.minItems", path, arg(args, 0), String.valueOf(node == null ? 0 : node.size()));
            case "maxItems":
                return I18n.t("input.schema.tooMany", path, arg(args, 0));
            case "minimum":
                return I18n.t("fw.msg.minimum", path, arg(args, 0));
            case "maximum":
                return I18n.t("fw.msg.maximum", path, arg(args, 0));
            case "minProperties":
                return I18n.t("fw.msg.minProperties", path);
            default:
                String message = m.getMessage();
                String prefix = path + ": ";
                return I18n.t(
                        "fw.msg.other",
                        path,
                        message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        }
    }

    private static String arg(Object[] args, int index) {
        return index < args.length ? String.valueOf(args[index]) : "?";
    }

    /** A JSON Schema type in words: "integer" is "a whole number". */
    static String article(String type) {
        return switch (type) {
            case "integer" -> I18n.t("fw.type.integer");
            case "number" -> I18n.t("fw.type.number");
            case "string" -> I18n.t("fw.type.string");
            case "object" -> I18n.t("fw.type.object");
            case "array" -> I18n.t("fw.type.array");
            case "boolean" -> I18n.t("fw.type.boolean");
            case "null" -> "null";
            default -> type;
        };
    }

    private static int length(JsonNode node) {
        return node == null ? 0 : node.asText().length();
    }
}
