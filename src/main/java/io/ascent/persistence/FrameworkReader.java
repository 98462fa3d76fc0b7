package io.ascent.persistence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ascent.domain.Framework;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads framework JSON files into validated {@link Framework}s, explaining what is wrong and where. */
public final class FrameworkReader {

    /** Where the default PM ladder ships, on the classpath. */
    public static final String DEFAULT_RESOURCE = "/assets/frameworks/pm-default.json";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    public Framework readDefault() {
        try (InputStream in = FrameworkReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new FrameworkFormatException("The default framework is missing from this build of Ascent.");
            }
            return parse(in.readAllBytes(), "pm-default.json");
        } catch (IOException e) {
            throw new FrameworkFormatException("Could not read the default framework: " + e.getMessage(), e);
        }
    }

    public Framework read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FrameworkFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(bytes, file.getFileName().toString());
    }

    /** Parses {@code bytes} (UTF-8 JSON) and validates the framework; {@code source} names it in messages. */
    public Framework parse(byte[] bytes, String source) {
        String text = decode(bytes, source);
        if (text.isBlank()) {
            throw new FrameworkFormatException(source + ": the file is empty.");
        }
        FrameworkJson json;
        try {
            json = mapper.readValue(text, FrameworkJson.class);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException syntax) {
                throw new FrameworkFormatException(source + ": not valid JSON " + at(syntax.getLocation()) + "("
                        + cleanMessage(syntax) + ")", e);
            }
            throw new FrameworkFormatException(source + ": " + where(e) + cleanMessage(e), e);
        } catch (JsonProcessingException e) {
            throw new FrameworkFormatException(source + ": not valid JSON " + at(e.getLocation()) + "("
                    + cleanMessage(e) + ")", e);
        }
        if (json == null) {
            throw new FrameworkFormatException(source + ": the file holds no framework.");
        }
        if (json.formatVersion() != null && json.formatVersion() > FrameworkJson.FORMAT_VERSION) {
            throw new FrameworkFormatException(source + ": written for a newer Ascent (format version "
                    + json.formatVersion() + "; this version reads " + FrameworkJson.FORMAT_VERSION + ").");
        }
        try {
            return json.toDomain();
        } catch (IllegalArgumentException e) {
            throw new FrameworkFormatException(source + ": " + e.getMessage(), e);
        }
    }

    public String write(Framework framework) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(FrameworkJson.fromDomain(framework));
        } catch (JsonProcessingException e) {
            throw new FrameworkFormatException("Could not write framework " + framework.id(), e);
        }
    }

    private static String decode(byte[] bytes, String source) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FrameworkFormatException(source + ": the file is not UTF-8 text. Save it as UTF-8 and "
                    + "import it again.", e);
        }
    }

    private static String where(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return "at " + path + " " + at(e.getLocation());
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : "(line " + location.getLineNr() + ", column " + location.getColumnNr() + ") ";
    }

    private static String cleanMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        for (String end : new String[] {"\n", " (for ", " at [Source"}) {
            int cut = message.indexOf(end);
            message = cut >= 0 ? message.substring(0, cut) : message;
        }
        if (message.startsWith("Unrecognized field")) {
            int quote = message.indexOf('"');
            int end = message.indexOf('"', quote + 1);
            if (quote >= 0 && end > quote) {
                return "unknown field \"" + message.substring(quote + 1, end) + "\"";
            }
        }
        return message;
    }
}
