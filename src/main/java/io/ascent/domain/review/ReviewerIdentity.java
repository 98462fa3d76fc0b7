package io.ascent.domain.review;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;
import io.ascent.text.I18n;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A reviewer as a response names them: the name they signed with and their public key (Ed25519,
 * X.509 encoded, in base64). The fingerprint is what people compare to know it is the same key.
 */
public record ReviewerIdentity(String name, String publicKey) {

    /** An Ed25519 public key is 44 bytes X.509 encoded; anything much longer is not one. */
    static final int MAX_KEY_CHARS = 200;

    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

    public ReviewerIdentity {
        name = ReviewTexts.name(name, "review.field.reviewer");
        publicKey = checkKey(publicKey);
    }

    /**
     * {@code publicKey} (base64 of an X.509 Ed25519 key), or an {@link IllegalArgumentException}
     * when it is not one or is a weak key anyone could sign under ({@link Ed25519PublicKeys}).
     */
    public static String checkKey(String publicKey) {
        String key = ReviewTexts.required(publicKey, MAX_KEY_CHARS, "review.field.publicKey");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(I18n.t("review.error.keyNotBase64"), e);
        }
        if (!Ed25519PublicKeys.isEd25519(bytes)) {
            throw new IllegalArgumentException(I18n.t("review.error.notEd25519"));
        }
        if (!Ed25519PublicKeys.usable(bytes)) {
            throw new IllegalArgumentException(I18n.t("review.error.weakKey"));
        }
        return key;
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
     * Unicode-normalized (NFKC), case-folded, inner spaces collapsed ("Dana  Lee" is "dana lee"),
     * then reduced to its confusable skeleton (Unicode TS 39), so that look-alikes meet: "Dana Lee"
     * with a Cyrillic "а", or with a zero-width joiner, is "Dana Lee".
     */
    public String nameKey() {
        return key(name);
    }

    public static String key(String name) {
        String folded = UCharacter.foldCase(Normalizer.normalize(name.strip(), Normalizer.Form.NFKC), true);
        return SKELETONS.getSkeleton(folded.replaceAll("\\s+", " "));
    }

    /** The first group of the fingerprint ("9f3a"), shown beside the name wherever a reviewer is named. */
    public String shortFingerprint() {
        return fingerprint().substring(0, 4);
    }

    /** Whether {@code other} is the same key. */
    public boolean sameKey(ReviewerIdentity other) {
        return MessageDigest.isEqual(publicKeyBytes(), other.publicKeyBytes());
    }
}
