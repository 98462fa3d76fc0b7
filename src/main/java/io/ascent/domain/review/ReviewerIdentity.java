package io.ascent.domain.review;

import io.ascent.text.I18n;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A reviewer as a response names them: the name they signed with and their public key (Ed25519,
 * X.509 encoded, in base64). The fingerprint is what people compare to know it is the same key.
 */
public record ReviewerIdentity(String name, String publicKey) {

    /** An Ed25519 public key is 44 bytes X.509 encoded; anything much longer is not one. */
    static final int MAX_KEY_CHARS = 200;

    public ReviewerIdentity {
        name = ReviewTexts.name(name, "review.field.reviewer");
        publicKey = ReviewTexts.required(publicKey, MAX_KEY_CHARS, "review.field.publicKey");
        try {
            Base64.getDecoder().decode(publicKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(I18n.t("review.error.keyNotBase64"), e);
        }
    }

    /** {@code name} stripped, or an {@link IllegalArgumentException} saying why it cannot sign a review. */
    public static String checkName(String name) {
        return ReviewTexts.name(name, "review.field.reviewer");
    }

    public byte[] publicKeyBytes() {
        return Base64.getDecoder().decode(publicKey);
    }

    /** The first 128 bits of the key's SHA-256, as eight groups of four hex digits ("9f3a 1c2b ..."). */
    public String fingerprint() {
        return fingerprint(publicKeyBytes());
    }

    public static String fingerprint(byte[] publicKey) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        String hex = HexFormat.of().formatHex(digest, 0, 16);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            out.append(i == 0 ? "" : " ").append(hex, i, i + 4);
        }
        return out.toString();
    }

    /**
     * The name as people read it, for telling whether two responses come from the same person:
     * Unicode-normalized, case-folded, inner spaces collapsed ("Dana  Lee" is "dana lee").
     */
    public String nameKey() {
        return key(name);
    }

    public static String key(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ");
    }

    /** Whether {@code other} is the same key. */
    public boolean sameKey(ReviewerIdentity other) {
        return MessageDigest.isEqual(publicKeyBytes(), other.publicKeyBytes());
    }
}
