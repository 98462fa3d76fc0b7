package io.ascent.persistence.files;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One schema of the framework schema file, as {@link PlainSchemaCheck} applies it: its keywords
 * read once into fields, its {@code $ref} resolved. Knows exactly the keywords that file uses and
 * refuses a schema with any other, or with a keyword in another form, because this check would
 * skip it.
 */
record SchemaRule(
        SchemaRule ref,
        String type,
        Long minLength,
        Long maxLength,
        Pattern pattern,
        String patternText,
        Long minimum,
        Long maximum,
        Long minItems,
        Long maxItems,
        boolean uniqueItems,
        SchemaRule items,
        List<?> required,
        Long minProperties,
        Long maxProperties,
        Map<String, SchemaRule> properties,
        SchemaRule additional,
        boolean closed,
        SchemaRule propertyNames) {

    static final Set<String> KEYWORDS = Set.of(
            "$schema",
            "$id",
            "$defs",
            "$ref",
            "title",
            "description",
            "type",
            "properties",
            "additionalProperties",
            "required",
            "items",
            "minItems",
            "maxItems",
            "uniqueItems",
            "minLength",
            "maxLength",
            "pattern",
            "minimum",
            "maximum",
            "minProperties",
            "maxProperties",
            "propertyNames");

    /** The rule of a whole schema file as {@link PlainJson} read it. */
    static SchemaRule of(Object schema) {
        Map<String, Object> root = map(schema);
        return new Compiler(root).rule(root);
    }

    private static final class Compiler {
        private final Map<String, Object> root;
        private final Map<Object, SchemaRule> done = new IdentityHashMap<>();

        Compiler(Map<String, Object> root) {
            this.root = root;
        }

        SchemaRule rule(Object node) {
            Map<String, Object> s = map(node);
            SchemaRule known = done.get(s);
            if (known != null) {
                return known;
            }
            s.forEach(Compiler::requireKnown);
            if (s.get("$defs") instanceof Map<?, ?> defs) {
                defs.values().forEach(this::rule);
            }
            Map<String, SchemaRule> properties = new LinkedHashMap<>();
            if (s.get("properties") instanceof Map<?, ?> fields) {
                fields.forEach((name, each) -> properties.put((String) name, rule(each)));
            }
            String regex = (String) s.get("pattern");
            Object others = s.get("additionalProperties");
            SchemaRule rule = new SchemaRule(
                    s.get("$ref") instanceof String ref ? rule(definition(ref)) : null,
                    (String) s.get("type"),
                    (Long) s.get("minLength"),
                    (Long) s.get("maxLength"),
                    regex == null ? null : SchemaPatterns.compile(regex),
                    regex,
                    (Long) s.get("minimum"),
                    (Long) s.get("maximum"),
                    (Long) s.get("minItems"),
                    (Long) s.get("maxItems"),
                    Boolean.TRUE.equals(s.get("uniqueItems")),
                    s.containsKey("items") ? rule(s.get("items")) : null,
                    (List<?>) s.get("required"),
                    (Long) s.get("minProperties"),
                    (Long) s.get("maxProperties"),
                    properties,
                    others instanceof Map<?, ?> rest ? rule(rest) : null,
                    Boolean.FALSE.equals(others),
                    s.containsKey("propertyNames") ? rule(s.get("propertyNames")) : null);
            done.put(s, rule);
            return rule;
        }

        private Object definition(String ref) {
            String prefix = "#/$defs/";
            if (ref.startsWith(prefix)
                    && root.get("$defs") instanceof Map<?, ?> defs
                    && defs.get(ref.substring(prefix.length())) instanceof Map<?, ?> found) {
                return found;
            }
            throw new IllegalStateException("the framework schema refers to " + ref + ", which it does not define");
        }

        private static void requireKnown(String keyword, Object value) {
            boolean form = switch (keyword) {
                case "type", "pattern", "$ref" -> value instanceof String;
                case "minItems",
                        "maxItems",
                        "minLength",
                        "maxLength",
                        "minimum",
                        "maximum",
                        "minProperties",
                        "maxProperties" -> value instanceof Long;
                case "uniqueItems" -> value instanceof Boolean;
                case "required" -> value instanceof List<?>;
                case "additionalProperties" -> value instanceof Boolean || value instanceof Map<?, ?>;
                case "items", "propertyNames", "properties", "$defs" -> value instanceof Map<?, ?>;
                default -> KEYWORDS.contains(keyword);
            };
            if (!form) {
                throw new IllegalStateException("the framework schema uses \"" + keyword + "\": " + value
                        + ", which the start-up check (PlainSchemaCheck) does not apply");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        if (!(node instanceof Map<?, ?>)) {
            throw new IllegalStateException("the framework schema has " + node + " where a schema belongs");
        }
        return (Map<String, Object>) node;
    }
}
