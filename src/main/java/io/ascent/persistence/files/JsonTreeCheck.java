package io.ascent.persistence.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.ascent.domain.InputRules;
import io.ascent.text.I18n;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a parsed JSON file before any of it is mapped: no list or object with more than
 * {@link InputLimits#MAX_ITEMS} entries, no text or field name with a character that cannot be
 * stored, and ids (at the paths the caller names) that are slugs. Paths are written like
 * {@code $.progress[*].milestone}; {@code .*} stands for every field of an object, {@code .#}
 * for every field name.
 */
final class JsonTreeCheck {

    private final String source;
    private final Set<String> idPaths;
    private final Set<String> itemIdPaths;
    private final Function<String, RuntimeException> error;

    JsonTreeCheck(String source, Set<String> idPaths, Function<String, RuntimeException> error) {
        this(source, idPaths, Set.of(), error);
    }

    /** {@code itemIdPaths} hold ids of a plan's items: slugs, or an expectation item's {@code competency@level}. */
    JsonTreeCheck(
            String source, Set<String> idPaths, Set<String> itemIdPaths, Function<String, RuntimeException> error) {
        this.source = source;
        this.idPaths = idPaths;
        this.itemIdPaths = itemIdPaths;
        this.error = error;
    }

    void check(JsonNode tree) {
        walk(tree, "$", "$");
    }

    private void walk(JsonNode node, String path, String pattern) {
        if (node.isContainerNode() && node.size() > InputLimits.MAX_ITEMS) {
            throw error.apply(I18n.t(
                    "input.json.tooManyItems",
                    source,
                    path,
                    String.valueOf(node.size()),
                    String.valueOf(InputLimits.MAX_ITEMS)));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", pattern + "[*]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String fieldPath = path + "." + field.getKey();
                text(field.getKey(), fieldPath, pattern + ".#");
                String specific = pattern + "." + field.getKey();
                walk(field.getValue(), fieldPath, idPaths.contains(pattern + ".*") ? pattern + ".*" : specific);
            }
        } else if (node.isTextual()) {
            text(node.textValue(), path, pattern);
        }
    }

    private void text(String text, String path, String pattern) {
        int bad = InputRules.badCharacterAt(text);
        if (bad >= 0) {
            throw error.apply(I18n.t("input.json.badCharacter", source, path, InputRules.describe(text, bad)));
        }
        if (idPaths.contains(pattern) && !InputRules.isId(text)
                || itemIdPaths.contains(pattern) && !InputRules.isItemId(text)) {
            throw error.apply(
                    I18n.t("input.json.badId", source, path, shorten(text), String.valueOf(InputRules.MAX_ID_LENGTH)));
        }
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
