package io.ascent.persistence.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ascent.domain.PlanArchive;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.Set;

/** Reads and writes plan files (docs/plan-format.md), explaining what is wrong with a bad one. */
public final class PlanFiles {

    /** The format version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = PlanFileJson.FORMAT_VERSION;

    /** Larger files are refused before reading; see {@link InputLimits#PLAN_MAX_BYTES}. */
    public static final int MAX_FILE_BYTES = InputLimits.PLAN_MAX_BYTES;

    /** The fields that hold ids; they must be slugs, whatever framework they name. */
    private static final Set<String> ID_PATHS = Set.of(
            "$.plan.framework",
            "$.plan.currentLevel",
            "$.plan.targetLevel",
            "$.plan.specialization",
            "$.ownMilestones[*].competency",
            "$.ownMilestones[*].level",
            "$.ratings[*].competency",
            "$.ratings[*].level",
            "$.checkIns[*].ratings.#",
            "$.checkIns[*].ratings.*",
            "$.wins[*].competencies[*]");

    /**
     * The fields that name items of the plan: milestone ids, an expectation item's
     * {@code competency@level}, or an own milestone's {@code own:...}.
     */
    private static final Set<String> ITEM_ID_PATHS = Set.of(
            "$.ownMilestones[*].id",
            "$.progress[*].milestone",
            "$.checkIns[*].doneMilestones[*]",
            "$.wins[*].milestones[*]",
            "$.rhythm.oneOnOnes[*].actionItems[*].milestone");

    private final ObjectMapper mapper = InputLimits.strictMapper(MAX_FILE_BYTES)
            .registerModule(new JavaTimeModule())
            // Dates and times are text ("2026-05-31"): a number would be read as days or seconds since 1970.
            .registerModule(TextOnlyTimes.MODULE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The plan as pretty-printed JSON; notes are blanked unless {@code includeNotes}. */
    public String write(PlanArchive archive, boolean includeNotes) {
        try {
            return mapper.writeValueAsString(PlanFileJson.fromDomain(archive, includeNotes)) + "\n";
        } catch (JsonProcessingException e) {
            throw new PlanFormatException(
                    I18n.t("plan.msg.notWritten", archive.plan().name()), e);
        }
    }

    public PlanArchive read(Path file) {
        return parse(
                TextFiles.read(file, MAX_FILE_BYTES, PlanFormatException::new), String.valueOf(file.getFileName()));
    }

    /** Parses a plan file; {@code source} names it in messages. */
    public PlanArchive parse(byte[] bytes, String source) {
        String text = decode(bytes, source);
        if (text.isBlank()) {
            throw new PlanFormatException(I18n.t("fw.msg.empty", source));
        }
        // The version is checked before the shape, so a newer file says "newer", not "unknown field".
        JsonNode tree = checkVersion(text, source);
        PlanFileJson json;
        try {
            json = mapper.readValue(text, PlanFileJson.class);
        } catch (JsonMappingException e) {
            throw new PlanFormatException(MappingMessages.mappingProblem(e, source, MAX_FILE_BYTES, tree), e);
        } catch (JsonProcessingException e) {
            throw new PlanFormatException(MappingMessages.unreadable(e, source, MAX_FILE_BYTES), e);
        }
        if (!PlanFileJson.KIND.equals(json.kind())) {
            throw new PlanFormatException(I18n.t("plan.msg.wrongKind", source, PlanFileJson.KIND));
        }
        try {
            return json.toDomain();
        } catch (IllegalArgumentException e) {
            throw new PlanFormatException(source + ": " + e.getMessage(), e);
        }
    }

    private JsonNode checkVersion(String text, String source) {
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new PlanFormatException(MappingMessages.unreadable(e, source, MAX_FILE_BYTES), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new PlanFormatException(I18n.t("plan.msg.notObject", source));
        }
        // Checked on the tree, so a framework file says "not a plan file", not "unknown field 'levels'".
        var kind = tree.get("kind");
        if (kind == null || !PlanFileJson.KIND.equals(kind.asText())) {
            throw new PlanFormatException(I18n.t("plan.msg.wrongKind", source, PlanFileJson.KIND));
        }
        var version = tree.get("formatVersion");
        if (version == null || version.isNull()) {
            throw new PlanFormatException(I18n.t("plan.msg.noVersion", source));
        }
        if (!version.isIntegralNumber()) {
            throw new PlanFormatException(I18n.t("plan.msg.versionNotWhole", source, MappingMessages.found(version)));
        }
        if (!version.canConvertToInt()) {
            throw new PlanFormatException(I18n.t("plan.msg.unknownVersion", source, version.asText()));
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new PlanFormatException(
                    I18n.t("plan.msg.newer", source, String.valueOf(version.asInt()), String.valueOf(FORMAT_VERSION)));
        }
        if (version.asInt() < 1) {
            throw new PlanFormatException(I18n.t("plan.msg.unknownVersion", source, String.valueOf(version.asInt())));
        }
        new JsonTreeCheck(source, ID_PATHS, ITEM_ID_PATHS, PlanFormatException::new).check(tree);
        return tree;
    }

    private static String decode(byte[] bytes, String source) {
        return TextFiles.decode(bytes, source, MAX_FILE_BYTES, PlanFormatException::new);
    }
}
