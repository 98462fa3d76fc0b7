package io.ascent.persistence.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Reads one kind of Ascent file from outside as hostile input, the way plan files are read
 * (docs/decisions/0004): UTF-8 text within a size limit, one JSON object whose {@code kind} and
 * {@code formatVersion} are checked before its shape (a newer file says "newer", not "unknown
 * field"), every text storable and every id a slug (the paths the caller names), then mapped
 * strictly to {@code type} with Jackson's errors in plain words. Every failure is a
 * {@link ReviewFormatException} naming the file.
 */
final class StrictJsonReader<T> {

    /** Ascent's files: one opened where another kind belongs is named for what it is. */
    private static final Map<String, String> OTHER_KINDS = Map.of(
            "ascent-review-request", "file.msg.isKind.ascent-review-request",
            "ascent-review-response", "file.msg.isKind.ascent-review-response",
            "ascent-reviewer-key", "file.msg.isKind.ascent-reviewer-key",
            "ascent-plan", "file.msg.isKind.ascent-plan");

    private final ObjectMapper mapper;
    private final Class<T> type;
    private final String kind;
    private final int version;
    private final Set<String> idPaths;
    private final Set<String> itemIdPaths;
    private final int maxBytes;
    private final String whatKey;

    /**
     * {@code idPaths} hold slugs, {@code itemIdPaths} ids of a plan's items (see {@link JsonTreeCheck});
     * {@code whatKey} names the kind of file in messages ("an Ascent review request").
     */
    StrictJsonReader(
            ObjectMapper mapper,
            Class<T> type,
            String kind,
            int version,
            Set<String> idPaths,
            Set<String> itemIdPaths,
            int maxBytes,
            String whatKey) {
        this.mapper = mapper;
        this.type = type;
        this.kind = kind;
        this.version = version;
        this.idPaths = idPaths;
        this.itemIdPaths = itemIdPaths;
        this.maxBytes = maxBytes;
        this.whatKey = whatKey;
    }

    T read(Path file) {
        return parse(TextFiles.read(file, maxBytes, ReviewFormatException::new), String.valueOf(file.getFileName()));
    }

    T parse(byte[] bytes, String source) {
        String text = TextFiles.decode(bytes, source, maxBytes, ReviewFormatException::new);
        if (text.isBlank()) {
            throw new ReviewFormatException(I18n.t("fw.msg.empty", source));
        }
        checkTree(text, source);
        try {
            return mapper.readValue(text, type);
        } catch (JsonMappingException e) {
            throw new ReviewFormatException(MappingMessages.mappingProblem(e, source, maxBytes, null), e);
        } catch (JsonProcessingException e) {
            throw new ReviewFormatException(MappingMessages.unreadable(e, source, maxBytes), e);
        }
    }

    private void checkTree(String text, String source) {
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ReviewFormatException(MappingMessages.unreadable(e, source, maxBytes), e);
        }
        String what = I18n.t(whatKey);
        if (tree == null || !tree.isObject()) {
            throw new ReviewFormatException(I18n.t("file.msg.notObject", source, what));
        }
        JsonNode kindNode = tree.get("kind");
        if (kindNode == null || !kind.equals(kindNode.asText())) {
            String other = kindNode == null ? "" : kindNode.asText();
            throw new ReviewFormatException(
                    OTHER_KINDS.containsKey(kind) && OTHER_KINDS.containsKey(other)
                            ? I18n.t(OTHER_KINDS.get(other), source, what)
                            : I18n.t("file.msg.wrongKind", source, what, kind));
        }
        JsonNode versionNode = tree.get("formatVersion");
        if (versionNode == null || !versionNode.isIntegralNumber() || !versionNode.canConvertToInt()) {
            throw new ReviewFormatException(I18n.t("file.msg.noVersion", source, what));
        }
        int found = versionNode.asInt();
        if (found > version) {
            throw new ReviewFormatException(
                    I18n.t("file.msg.newer", source, String.valueOf(found), String.valueOf(version)));
        }
        if (found < 1) {
            throw new ReviewFormatException(I18n.t("file.msg.unknownVersion", source, String.valueOf(found)));
        }
        new JsonTreeCheck(source, idPaths, itemIdPaths, ReviewFormatException::new).check(tree);
    }
}
