package io.ascent.service;

import io.ascent.persistence.files.ReviewerKeyFiles;
import io.ascent.persistence.files.ReviewerKeyFiles.EncryptedKey;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A reviewer's private key encrypted with a passphrase, with the JDK only: PBKDF2 with
 * HMAC-SHA256 (600,000 iterations, OWASP's 2023 figure; a random 16-byte salt) derives an AES-256
 * key, AES-GCM (a random 12-byte nonce, 128-bit tag) encrypts. The name and public key are the
 * cipher's associated data, so a file whose name or public key was changed does not decrypt.
 */
final class KeyEncryption {

    static final int ITERATIONS = 600_000;
    /** A file asking for fewer is weak; one asking for more would keep the app busy for minutes. */
    static final int MIN_ITERATIONS = 100_000;

    static final int MAX_ITERATIONS = 10_000_000;
    /** A passphrase shorter than this is refused when exporting. */
    static final int MIN_PASSPHRASE = 12;

    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    EncryptedKey encrypt(String name, String publicKey, byte[] privateKey, char[] passphrase) {
        if (passphrase.length < MIN_PASSPHRASE) {
            throw new ValidationException(I18n.t("review.error.shortPassphrase", MIN_PASSPHRASE));
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, ITERATIONS, iv, name, publicKey);
            return new EncryptedKey(name, publicKey, ITERATIONS, salt, iv, cipher.doFinal(privateKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and PBKDF2 are in every JDK", e);
        }
    }

    /** The private key, or a {@link ValidationException} for a wrong passphrase or a changed file. */
    byte[] decrypt(EncryptedKey key, char[] passphrase, String source) {
        if (key.iterations() < MIN_ITERATIONS || key.iterations() > MAX_ITERATIONS) {
            throw new ValidationException(
                    I18n.t("review.error.iterations", source, key.iterations(), MIN_ITERATIONS, MAX_ITERATIONS));
        }
        if (key.salt().length < SALT_BYTES || key.iv().length != IV_BYTES) {
            throw new ValidationException(I18n.t("review.error.keyFileDamaged", source));
        }
        try {
            return cipher(
                            Cipher.DECRYPT_MODE,
                            passphrase,
                            key.salt(),
                            key.iterations(),
                            key.iv(),
                            key.name(),
                            key.publicKey())
                    .doFinal(key.encryptedPrivateKey());
        } catch (AEADBadTagException e) {
            throw new ValidationException(I18n.t("review.error.wrongPassphrase", source));
        } catch (GeneralSecurityException e) {
            throw new ValidationException(I18n.t("review.error.keyFileDamaged", source));
        }
    }

    private static Cipher cipher(
            int mode, char[] passphrase, byte[] salt, int iterations, byte[] iv, String name, String publicKey)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] derived = SecretKeyFactory.getInstance(ReviewerKeyFiles.KDF)
                .generateSecret(spec)
                .getEncoded();
        spec.clearPassword();
        try {
            Cipher cipher = Cipher.getInstance(ReviewerKeyFiles.CIPHER);
            cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(("ascent-reviewer-key\n" + name + "\n" + publicKey).getBytes(StandardCharsets.UTF_8));
            return cipher;
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }
}
