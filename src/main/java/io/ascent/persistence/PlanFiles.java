package io.ascent.persistence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ascent.domain.PlanArchive;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;

/** Reads and writes plan files (docs/plan-format.md), explaining what is wrong with a bad one. */
public final class PlanFiles {

    /** The format version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = PlanFileJson.FORMAT_VERSION;

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The plan as pretty-printed JSON; notes are blanked unless {@code includeNotes}. */
    public String write(PlanArchive archive, boolean includeNotes) {
        try {
            return mapper.writeValueAsString(PlanFileJson.fromDomain(archive, includeNotes)) + "\n";
        } catch (JsonProcessingException e) {
            throw new PlanFormatException("Could not write the plan \"" + archive.plan().name() + "\" as JSON.", e);
        }
    }

    public PlanArchive read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PlanFormatException(file + ": cannot be read (" + Exports.reason(e) + ").", e);
        }
        return parse(bytes, String.valueOf(file.getFileName()));
    }

    /** Parses a plan file; {@code source} names it in messages. */
    public PlanArchive parse(byte[] bytes, String source) {
        String text = decode(bytes, source);
        if (text.isBlank()) {
            throw new PlanFormatException(source + ": the file is empty.");
        }
        // The version is checked before the shape, so a newer file says "newer", not "unknown field".
        checkVersion(text, source);
        PlanFileJson json;
        try {
            json = mapper.readValue(text, PlanFileJson.class);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException syntax) {
                throw new PlanFormatException(source + ": not valid JSON " + at(syntax.getLocation()), e);
            }
            if (e.getCause() instanceof DateTimeParseException date) {
                throw new PlanFormatException(source + ": " + where(e) + "\"" + date.getParsedString()
                        + "\" is not a date like 2026-05-31", e);
            }
            throw new PlanFormatException(source + ": " + where(e) + clean(e), e);
        } catch (JsonProcessingException e) {
            throw new PlanFormatException(source + ": not valid JSON " + at(e.getLocation()), e);
        }
        if (!PlanFileJson.KIND.equals(json.kind())) {
            throw new PlanFormatException(source + ": not an Ascent plan file (\"kind\" should be \""
                    + PlanFileJson.KIND + "\").");
        }
        try {
            return json.toDomain();
        } catch (IllegalArgumentException e) {
            throw new PlanFormatException(source + ": " + e.getMessage(), e);
        }
    }

    private void checkVersion(String text, String source) {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new PlanFormatException(source + ": not valid JSON " + at(e.getLocation()), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new PlanFormatException(source + ": not an Ascent plan file (expected a JSON object).");
        }
        var version = tree.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new PlanFormatException(source + ": not an Ascent plan file (no \"formatVersion\").");
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new PlanFormatException(source + ": written by a newer Ascent (plan format version "
                    + version.asInt() + "; this version reads up to " + FORMAT_VERSION + "). Update Ascent to import it.");
        }
        if (version.asInt() < 1) {
            throw new PlanFormatException(source + ": unknown plan format version " + version.asInt() + ".");
        }
    }

    private static String decode(byte[] bytes, String source) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new PlanFormatException(source + ": not a plan file (the content is not UTF-8 text).", e);
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

    private static String clean(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        for (String end : new String[] {"\n", " (for ", " at [Source", " (class "}) {
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
