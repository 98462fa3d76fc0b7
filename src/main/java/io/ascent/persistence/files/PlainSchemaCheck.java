package io.ascent.persistence.files;

import io.ascent.domain.InputRules;
import io.ascent.persistence.files.FrameworkSchema.Problem;
import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The framework schema checked on what {@link PlainJson} read, for stored frameworks: one comes
 * from whatever database the user opened, so it gets the same ids, lengths, characters and shape
 * as an import, without Jackson and the full validator on the start-up path (about 0.2 s of CPU;
 * docs/performance.md). The rules stay in the schema file ({@link SchemaRule} reads it). Text and
 * field names are held to {@link JsonTreeCheck}'s rules first, as on import; messages are
 * {@link FrameworkSchema}'s, so a stored framework is refused in the words its import would use.
 */
final class PlainSchemaCheck {

    // Read on first use; empty if the schema uses a rule this check does not apply.
    private static volatile Optional<PlainSchemaCheck> framework;

    private final SchemaRule root;

    PlainSchemaCheck(Object schema) {
        this.root = SchemaRule.of(schema);
    }

    /**
     * The check of assets/schema/framework.schema.json, or empty if that schema uses a rule this
     * check would skip: then stored frameworks take the full validator's path, slower and as strict
     * (PlainSchemaCheckTest fails the build first).
     */
    static Optional<PlainSchemaCheck> framework() {
        if (framework == null) {
            try (InputStream in = PlainSchemaCheck.class.getResourceAsStream(FrameworkSchema.RESOURCE)) {
                if (in == null) {
                    throw new FrameworkFormatException(I18n.t("fw.msg.schemaMissing"));
                }
                framework = Optional.of(
                        new PlainSchemaCheck(PlainJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalStateException unknownRule) {
                framework = Optional.empty();
            }
        }
        return framework;
    }

    /** Throws a {@link FrameworkFormatException} naming the first problem, as "source: at $.path: what". */
    void check(Object tree, String source) {
        List<Problem> problems = new ArrayList<>();
        new Walk(source, problems).value(tree, root, Where.ROOT);
        if (!problems.isEmpty()) {
            throw FrameworkSchema.report(source, problems);
        }
    }

    /** Where a value sits, written out only for a message: {@code $.levels[0].id}. */
    private record Where(Where parent, String field, int index) {
        static final Where ROOT = new Where(null, null, -1);

        @Override
        public String toString() {
            if (parent == null) {
                return "$";
            }
            return field != null ? parent + "." + field : parent + "[" + index + "]";
        }
    }

    /** One pass over a tree: schema problems are collected, a character or size problem stops it. */
    private static final class Walk {
        private final String source;
        private final List<Problem> problems;

        Walk(String source, List<Problem> problems) {
            this.source = source;
            this.problems = problems;
        }

        void value(Object value, SchemaRule rule, Where where) {
            if (rule.ref() != null) {
                value(value, rule.ref(), where);
            }
            if (rule.type() != null && !rule.type().equals(typeOf(value))) {
                add(
                        "type",
                        "fw.msg.type",
                        where,
                        FrameworkSchema.article(rule.type()),
                        FrameworkSchema.article(typeOf(value)));
            }
            if (value instanceof String text) {
                text(text, rule, where);
            } else if (value instanceof Long number) {
                if (rule.minimum() != null && number < rule.minimum()) {
                    add("minimum", "fw.msg.minimum", where, String.valueOf(rule.minimum()));
                }
                if (rule.maximum() != null && number > rule.maximum()) {
                    add("maximum", "fw.msg.maximum", where, String.valueOf(rule.maximum()));
                }
            } else if (value instanceof List<?> items) {
                list(items, rule, where);
            } else if (value instanceof Map<?, ?> fields) {
                object(fields, rule, where);
            }
        }

        private void text(String text, SchemaRule rule, Where where) {
            int bad = InputRules.badCharacterAt(text);
            if (bad >= 0) {
                throw new FrameworkFormatException(
                        I18n.t("input.json.badCharacter", source, where, InputRules.describe(text, bad)));
            }
            if (rule.minLength() != null || rule.maxLength() != null) {
                int length = text.codePointCount(0, text.length());
                if (rule.minLength() != null && length < rule.minLength()) {
                    add("minLength", "fw.msg.emptyText", where);
                }
                if (rule.maxLength() != null && length > rule.maxLength()) {
                    add(
                            "maxLength",
                            "input.schema.tooLong",
                            where,
                            String.valueOf(length),
                            String.valueOf(rule.maxLength()));
                }
            }
            if (rule.pattern() != null && !rule.pattern().matcher(text).find()) {
                if (text.isBlank()) {
                    add("pattern", "fw.msg.emptyText", where);
                } else {
                    String key = where.toString().endsWith(".language") ? "fw.msg.badLanguage" : "fw.msg.badId";
                    add("pattern", key, where, JsonTreeCheck.shorten(text));
                }
            }
        }

        private void list(List<?> items, SchemaRule rule, Where where) {
            size(items.size(), where);
            if (rule.minItems() != null && items.size() < rule.minItems()) {
                add(
                        "minItems",
                        "fw.msg.minItems",
                        where,
                        String.valueOf(rule.minItems()),
                        String.valueOf(items.size()));
            }
            if (rule.maxItems() != null && items.size() > rule.maxItems()) {
                add("maxItems", "input.schema.tooMany", where, String.valueOf(rule.maxItems()));
            }
            if (rule.uniqueItems() && new HashSet<>(items).size() < items.size()) {
                add("uniqueItems", "fw.msg.repeated", where);
            }
            if (rule.items() != null) {
                for (int i = 0; i < items.size(); i++) {
                    value(items.get(i), rule.items(), new Where(where, null, i));
                }
            }
        }

        private void object(Map<?, ?> fields, SchemaRule rule, Where where) {
            size(fields.size(), where);
            if (rule.required() != null) {
                for (Object name : rule.required()) {
                    if (!fields.containsKey(name)) {
                        add("required", "fw.msg.required", where, String.valueOf(name));
                    }
                }
            }
            if (rule.minProperties() != null && fields.size() < rule.minProperties()) {
                add("minProperties", "fw.msg.minProperties", where);
            }
            if (rule.maxProperties() != null && fields.size() > rule.maxProperties()) {
                add("maxProperties", "input.schema.tooMany", where, String.valueOf(rule.maxProperties()));
            }
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                String name = (String) field.getKey();
                Where at = new Where(where, name, -1);
                int bad = InputRules.badCharacterAt(name);
                if (bad >= 0) {
                    throw new FrameworkFormatException(
                            I18n.t("input.json.badCharacter", source, at, InputRules.describe(name, bad)));
                }
                if (rule.propertyNames() != null) {
                    propertyName(name, rule.propertyNames(), where);
                }
                SchemaRule known = rule.properties().get(name);
                if (known != null) {
                    value(field.getValue(), known, at);
                } else if (rule.additional() != null) {
                    value(field.getValue(), rule.additional(), at);
                } else if (rule.closed()) {
                    add("additionalProperties", "fw.msg.additional", where, name);
                }
            }
        }

        /** A field name its map's rule refuses is one problem, worded as the validator words it. */
        private void propertyName(String name, SchemaRule rule, Where map) {
            List<Problem> own = new ArrayList<>();
            new Walk(source, own).value(name, rule, new Where(map, name, -1));
            if (!own.isEmpty()) {
                String key = map.toString().endsWith(".translations") ? "fw.msg.badLanguage" : "fw.msg.badId";
                String shown = JsonTreeCheck.shorten(name);
                add("propertyNames", key, map + "." + shown, shown);
            }
        }

        private void size(int size, Where where) {
            if (size > InputLimits.MAX_ITEMS) {
                throw new FrameworkFormatException(I18n.t(
                        "input.json.tooManyItems",
                        source,
                        where,
                        String.valueOf(size),
                        String.valueOf(InputLimits.MAX_ITEMS)));
            }
        }

        private void add(String keyword, String key, Object... args) {
            for (int i = 0; i < args.length; i++) {
                args[i] = String.valueOf(args[i]);
            }
            problems.add(new Problem(keyword, I18n.t(key, args)));
        }
    }

    private static String typeOf(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long) {
            return "integer";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof List<?>) {
            return "array";
        }
        return value instanceof Map<?, ?> ? "object" : "null";
    }
}
