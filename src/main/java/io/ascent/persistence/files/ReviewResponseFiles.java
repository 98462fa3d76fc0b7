package io.ascent.persistence.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ascent.domain.review.ReviewAnswer;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;

/**
 * Reads and writes review responses ({@code *.ascent-review-response}, docs/review-format.md) in
 * two steps, so that nothing of a payload is parsed before its signature is verified: the
 * envelope gives the payload's exact bytes, the signature and the public key; the caller verifies;
 * then the payload is parsed. Drafts in the reviewer's database use the payload's shape.
 */
public final class ReviewResponseFiles {

    public static final String EXTENSION = "ascent-review-response";

    /** A response's envelope as read, not verified yet: base64 decoded, nothing else trusted. */
    public record SignedResponse(byte[] payload, byte[] signature, String publicKey) {}

    private static final Set<String> PAYLOAD_IDS = Set.of(
            "$.requestId",
            "$.planId",
            "$.ratings[*].competency",
            "$.ratings[*].level",
            "$.evidence[*].kind",
            "$.evidence[*].verdict",
            "$.decision.outcome");

    private final ObjectMapper payloads = InputLimits.strictMapper(InputLimits.REVIEW_MAX_BYTES)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    // The payload travels as one base64 text, far longer than any text field may be.
    private final ObjectMapper envelopes = InputLimits.strictMapper(
                    InputLimits.REVIEW_MAX_BYTES, InputLimits.REVIEW_MAX_BYTES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final StrictJsonReader<ResponseEnvelopeJson> envelopeReader = new StrictJsonReader<>(
            envelopes,
            ResponseEnvelopeJson.class,
            ResponseEnvelopeJson.KIND,
            ResponseEnvelopeJson.FORMAT_VERSION,
            Set.of(),
            Set.of(),
            InputLimits.REVIEW_MAX_BYTES,
            "review.noun.response");
    private final StrictJsonReader<ResponsePayloadJson> payloadReader = new StrictJsonReader<>(
            payloads,
            ResponsePayloadJson.class,
            ResponsePayloadJson.KIND,
            ResponsePayloadJson.FORMAT_VERSION,
            PAYLOAD_IDS,
            Set.of("$.evidence[*].id"),
            InputLimits.REVIEW_MAX_BYTES,
            "review.noun.payload");
    private final StrictJsonReader<ResponsePayloadJson> draftReader = new StrictJsonReader<>(
            payloads,
            ResponsePayloadJson.class,
            ResponsePayloadJson.DRAFT_KIND,
            ResponsePayloadJson.FORMAT_VERSION,
            PAYLOAD_IDS,
            Set.of("$.evidence[*].id"),
            InputLimits.REVIEW_MAX_BYTES,
            "review.noun.draft");

    /** The exact bytes to sign for {@code answer}: its payload JSON in UTF-8. */
    public byte[] payload(ReviewAnswer answer) {
        return json(payloads, ResponsePayloadJson.fromDomain(answer));
    }

    /** The response file: payload, signature and public key side by side. */
    public byte[] envelope(byte[] payload, byte[] signature, String publicKey) {
        Base64.Encoder base64 = Base64.getEncoder();
        return json(
                envelopes,
                new ResponseEnvelopeJson(
                        ResponseEnvelopeJson.FORMAT_VERSION,
                        ResponseEnvelopeJson.KIND,
                        ResponseEnvelopeJson.ALGORITHM,
                        publicKey,
                        base64.encodeToString(payload),
                        base64.encodeToString(signature)));
    }

    public SignedResponse readEnvelope(Path file) {
        return signed(envelopeReader.read(file), String.valueOf(file.getFileName()));
    }

    /** The envelope of a response file's bytes; {@code source} names it in messages. */
    public SignedResponse parseEnvelope(byte[] bytes, String source) {
        return signed(envelopeReader.parse(bytes, source), source);
    }

    /** The answer in payload bytes whose signature the caller verified. */
    public ReviewAnswer parsePayload(byte[] payload, String source) {
        ResponsePayloadJson json = payloadReader.parse(payload, source);
        try {
            return json.toAnswer();
        } catch (IllegalArgumentException e) {
            throw new ReviewFormatException(source + ": " + e.getMessage(), e);
        }
    }

    /** A draft as the reviewer's database keeps it. */
    public String draftJson(ReviewDraft draft) {
        return new String(json(payloads, ResponsePayloadJson.draft(draft)), StandardCharsets.UTF_8);
    }

    public ReviewDraft parseDraft(String json, String source) {
        ResponsePayloadJson parsed = draftReader.parse(json.getBytes(StandardCharsets.UTF_8), source);
        try {
            return parsed.toDraft();
        } catch (IllegalArgumentException e) {
            throw new ReviewFormatException(source + ": " + e.getMessage(), e);
        }
    }

    private static SignedResponse signed(ResponseEnvelopeJson json, String source) {
        if (json.payload() == null || json.signature() == null || json.publicKey() == null) {
            throw new ReviewFormatException(I18n.t("review.msg.envelopeFields", source));
        }
        if (!ResponseEnvelopeJson.ALGORITHM.equals(json.algorithm())) {
            throw new ReviewFormatException(I18n.t(
                    "review.msg.algorithm", source, String.valueOf(json.algorithm()), ResponseEnvelopeJson.ALGORITHM));
        }
        return new SignedResponse(
                base64(json.payload(), source, "payload"),
                base64(json.signature(), source, "signature"),
                json.publicKey());
    }

    private static byte[] base64(String text, String source, String field) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ReviewFormatException(I18n.t("review.msg.notBase64", source, field), e);
        }
    }

    private static byte[] json(ObjectMapper mapper, Object value) {
        try {
            return (mapper.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new ReviewFormatException(I18n.t("review.msg.notWritten"), e);
        }
    }
}
