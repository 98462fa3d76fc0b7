package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The outside of a review response file: the payload's exact bytes and their Ed25519 signature
 * side by side, both in base64, with the public key that makes the signature. Read before the
 * payload is, so a payload is parsed only once its signature verified.
 */
@JsonPropertyOrder({"formatVersion", "kind", "algorithm", "publicKey", "payload", "signature"})
record ResponseEnvelopeJson(
        Integer formatVersion, String kind, String algorithm, String publicKey, String payload, String signature) {

    static final int FORMAT_VERSION = 1;
    static final String KIND = "ascent-review-response";
    static final String ALGORITHM = "Ed25519";
}
