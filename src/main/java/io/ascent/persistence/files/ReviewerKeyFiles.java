package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;

/**
 * Reads and writes reviewer key files ({@code *.ascent-reviewer-key}, docs/review-format.md): a
 * reviewer's name and public key in the clear, the private key encrypted with a key derived from
 * a passphrase. This class only moves the fields; the cryptography is the service's.
 */
public final class ReviewerKeyFiles {

    public static final String EXTENSION = "ascent-reviewer-key";

    /** The fields of a key file: the cipher text and what is needed to decrypt it with the passphrase. */
    public record EncryptedKey(
            String name, String publicKey, int iterations, byte[] salt, byte[] iv, byte[] encryptedPrivateKey) {}

    @JsonPropertyOrder({"formatVersion", "kind", "name", "publicKey", "kdf", "cipher", "encryptedPrivateKey"})
    record KeyFileJson(
            Integer formatVersion,
            String kind,
            String name,
            String publicKey,
            KdfJson kdf,
            CipherJson cipher,
            String encryptedPrivateKey) {}

    @JsonPropertyOrder({"algorithm", "iterations", "salt"})
    record KdfJson(String algorithm, Integer iterations, String salt) {}

    @JsonPropertyOrder({"algorithm", "iv"})
    record CipherJson(String algorithm, String iv) {}

    static final int FORMAT_VERSION = 1;
    static final String KIND = "ascent-reviewer-key";
    public static final String KDF = "PBKDF2WithHmacSHA256";
    public static final String CIPHER = "AES/GCM/NoPadding";

    private final ObjectMapper mapper =
            InputLimits.strictMapper(InputLimits.KEY_FILE_MAX_BYTES).enable(SerializationFeature.INDENT_OUTPUT);
    private final StrictJsonReader<KeyFileJson> reader = new StrictJsonReader<>(
            mapper,
            KeyFileJson.class,
            KIND,
            FORMAT_VERSION,
            Set.of(),
            Set.of(),
            InputLimits.KEY_FILE_MAX_BYTES,
            "review.noun.key");

    public byte[] write(EncryptedKey key) {
        Base64.Encoder b64 = Base64.getEncoder();
        KeyFileJson json = new KeyFileJson(
                FORMAT_VERSION,
                KIND,
                key.name(),
                key.publicKey(),
                new KdfJson(KDF, key.iterations(), b64.encodeToString(key.salt())),
                new CipherJson(CIPHER, b64.encodeToString(key.iv())),
                b64.encodeToString(key.encryptedPrivateKey()));
        try {
            return (mapper.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new ReviewFormatException(I18n.t("review.msg.notWritten"), e);
        }
    }

    public EncryptedKey read(Path file) {
        String source = String.valueOf(file.getFileName());
        KeyFileJson json = reader.read(file);
        if (json.name() == null
                || json.publicKey() == null
                || json.kdf() == null
                || json.cipher() == null
                || json.encryptedPrivateKey() == null
                || json.kdf().iterations() == null) {
            throw new ReviewFormatException(I18n.t("review.msg.keyFields", source));
        }
        if (!KDF.equals(json.kdf().algorithm()) || !CIPHER.equals(json.cipher().algorithm())) {
            throw new ReviewFormatException(I18n.t("review.msg.keyAlgorithm", source, KDF, CIPHER));
        }
        return new EncryptedKey(
                json.name(),
                json.publicKey(),
                json.kdf().iterations(),
                base64(json.kdf().salt(), source, "kdf.salt"),
                base64(json.cipher().iv(), source, "cipher.iv"),
                base64(json.encryptedPrivateKey(), source, "encryptedPrivateKey"));
    }

    private static byte[] base64(String text, String source, String field) {
        try {
            return Base64.getDecoder().decode(String.valueOf(text));
        } catch (IllegalArgumentException e) {
            throw new ReviewFormatException(I18n.t("review.msg.notBase64", source, field), e);
        }
    }
}
