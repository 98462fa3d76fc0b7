package io.ascent.service;

import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 from the JDK (no extra library): making a reviewer's key pair, signing a response's
 * payload bytes and verifying them. Public keys travel X.509 encoded in base64, private keys stay
 * PKCS#8 encoded in the reviewer's database. Docs: docs/decisions/0009-reviewer-key.md.
 */
final class ReviewSignatures {

    static final String ALGORITHM = "Ed25519";

    private ReviewSignatures() {}

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no Ed25519 (it needs Java 15 or newer)", e);
        }
    }

    static String publicKeyText(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    static byte[] sign(byte[] privateKeyPkcs8, byte[] data) {
        try {
            PrivateKey key =
                    KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new ValidationException(I18n.t("review.error.keyUnusable"));
        }
    }

    /**
     * Whether {@code signature} is {@code publicKeyText}'s signature of exactly {@code data}. A key
     * that is not an Ed25519 public key, or not base64, never verifies.
     */
    static boolean verifies(String publicKeyText, byte[] data, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyText)));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the private key belongs to the public key: it signs something the public key verifies. */
    static boolean matches(byte[] privateKeyPkcs8, String publicKeyText) {
        byte[] probe = "ascent reviewer key check".getBytes(StandardCharsets.UTF_8);
        try {
            return verifies(publicKeyText, probe, sign(privateKeyPkcs8, probe));
        } catch (ValidationException e) {
            return false;
        }
    }
}
