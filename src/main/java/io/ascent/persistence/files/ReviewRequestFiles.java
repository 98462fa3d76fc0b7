package io.ascent.persistence.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** Reads and writes review requests ({@code *.ascent-review}, docs/review-format.md). */
public final class ReviewRequestFiles {

    /** What a request file's name ends with; the installer registers it with the desktop. */
    public static final String EXTENSION = "ascent-review";

    private static final Set<String> ID_PATHS = Set.of(
            "$.requestId",
            "$.plan.id",
            "$.plan.framework",
            "$.plan.currentLevel",
            "$.plan.targetLevel",
            "$.plan.specialization",
            "$.levels[*].id",
            "$.competencies[*].id",
            "$.competencies[*].expectations.#",
            "$.competencies[*].selfRating.level",
            "$.evidence[*].kind",
            "$.evidence[*].competency",
            "$.evidence[*].level",
            "$.evidence[*].status");

    private final ObjectMapper mapper = InputLimits.strictMapper(InputLimits.REVIEW_MAX_BYTES)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final StrictJsonReader<ReviewRequestJson> reader = new StrictJsonReader<>(
            mapper,
            ReviewRequestJson.class,
            ReviewRequestJson.KIND,
            ReviewRequestJson.FORMAT_VERSION,
            ID_PATHS,
            Set.of("$.evidence[*].id"),
            InputLimits.REVIEW_MAX_BYTES,
            "review.noun.request");

    /** The request as the UTF-8 bytes of its file. */
    public byte[] write(ReviewRequest request) {
        try {
            return (mapper.writeValueAsString(ReviewRequestJson.fromDomain(request)) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new ReviewFormatException(I18n.t("review.msg.notWritten"), e);
        }
    }

    public ReviewRequest read(Path file) {
        return toDomain(reader.read(file), String.valueOf(file.getFileName()));
    }

    /** Parses a request file's bytes; {@code source} names it in messages. */
    public ReviewRequest parse(byte[] bytes, String source) {
        return toDomain(reader.parse(bytes, source), source);
    }

    private static ReviewRequest toDomain(ReviewRequestJson json, String source) {
        try {
            return json.toDomain();
        } catch (IllegalArgumentException e) {
            throw new ReviewFormatException(source + ": " + e.getMessage(), e);
        }
    }
}
