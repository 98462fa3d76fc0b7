package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascent.domain.Framework;
import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads framework JSON files into validated {@link Framework}s, explaining what is wrong and where. */
public final class FrameworkReader {

    /** Where the default PM ladder ships, on the classpath. */
    public static final String DEFAULT_RESOURCE = "/assets/frameworks/pm-default.json";

    /** Larger files are refused before parsing; see {@link InputLimits#FRAMEWORK_MAX_BYTES}. */
    public static final int MAX_FILE_BYTES = InputLimits.FRAMEWORK_MAX_BYTES;

    // Built on first use, like the schema: start-up reads its frameworks without Jackson.
    private ObjectMapper mapper;
    // Built on first use: the validator costs about a quarter of a second of start-up, where
    // PlainSchemaCheck applies the same schema to stored frameworks (docs/performance.md).
    private FrameworkSchema schema;

    public Framework readDefault() {
        try (InputStream in = FrameworkReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new FrameworkFormatException(I18n.t("fw.msg.defaultMissing"));
            }
            String source = "pm-default.json";
            String text = text(in.readAllBytes(), source);
            Optional<FrameworkJson> plain = TrustedFrameworkJson.readShipped(text);
            return plain.isPresent() ? toDomain(plain.get(), source) : parseChecked(text, source);
        } catch (IOException e) {
            throw new FrameworkFormatException(I18n.t("fw.msg.defaultUnreadable", e.getMessage()), e);
        }
    }

    public Framework read(Path file) {
        return parse(readBytes(file), file.getFileName().toString());
    }

    /** The bytes of an import file, refusing unreadable and oversized files with a message. */
    static byte[] readBytes(Path file) {
        return TextFiles.read(file, MAX_FILE_BYTES, FrameworkFormatException::new);
    }

    /**
     * Parses {@code bytes} (UTF-8 JSON, with or without BOM), checks it against the schema and
     * then the semantic rules of {@link Framework}; {@code source} names the file in messages.
     */
    public Framework parse(byte[] bytes, String source) {
        return parseChecked(text(bytes, source), source);
    }

    /**
     * Parses a framework that Ascent stored at import. It comes from whatever database the user
     * opens, so it gets every check of {@link #parse}: the schema (ids, lengths, shape), no
     * character that cannot be stored, and the rules of {@link Framework}. Plain JSON (as Ascent
     * writes it) is read and checked without Jackson ({@link TrustedFrameworkJson},
     * {@link PlainSchemaCheck}); anything else goes through {@link #parse}, which explains the
     * problem the same way.
     */
    public Framework parseTrusted(byte[] bytes, String source) {
        String text = text(bytes, source);
        Optional<FrameworkJson> plain = TrustedFrameworkJson.read(text, source);
        return plain.isPresent() ? toDomain(plain.get(), source) : parseChecked(text, source);
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = InputLimits.strictMapper(MAX_FILE_BYTES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        }
        return mapper;
    }

    private synchronized FrameworkSchema schema() {
        if (schema == null) {
            schema = new FrameworkSchema();
        }
        return schema;
    }

    private static String text(byte[] bytes, String source) {
        String text = decode(bytes, source);
        if (text.isBlank()) {
            throw new FrameworkFormatException(I18n.t("fw.msg.empty", source));
        }
        return text;
    }

    private Framework parseChecked(String text, String source) {
        JsonNode tree;
        try {
            tree = mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new FrameworkFormatException(MappingMessages.unreadable(e, source, MAX_FILE_BYTES), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new FrameworkFormatException(I18n.t(
                    "fw.msg.notObject",
                    source,
                    tree == null
                            ? I18n.t("fw.msg.nothing")
                            : tree.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        JsonNode format = tree.get("formatVersion");
        if (format != null && format.canConvertToInt() && format.asInt() > FrameworkJson.FORMAT_VERSION) {
            throw new FrameworkFormatException(I18n.t(
                    "fw.msg.newer",
                    source,
                    String.valueOf(format.asInt()),
                    String.valueOf(FrameworkJson.FORMAT_VERSION)));
        }
        new JsonTreeCheck(source, Set.of(), FrameworkFormatException::new).check(tree);
        schema().check(tree, source);
        FrameworkJson json;
        try {
            json = mapper().treeToValue(tree, FrameworkJson.class);
        } catch (JsonProcessingException e) {
            throw new FrameworkFormatException(source + ": " + MappingMessages.misfit(e), e);
        }
        return toDomain(json, source);
    }

    private static Framework toDomain(FrameworkJson json, String source) {
        try {
            return json.toDomain();
        } catch (IllegalArgumentException e) {
            throw new FrameworkFormatException(source + ": " + e.getMessage(), e);
        }
    }

    public String write(Framework framework) {
        try {
            return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(FrameworkJson.fromDomain(framework));
        } catch (JsonProcessingException e) {
            throw new FrameworkFormatException(I18n.t("fw.msg.notWritten", framework.id()), e);
        }
    }

    /** UTF-8 text without its byte-order mark; anything else is refused with a message. */
    static String decode(byte[] bytes, String source) {
        return TextFiles.decode(bytes, source, MAX_FILE_BYTES, FrameworkFormatException::new);
    }
}
