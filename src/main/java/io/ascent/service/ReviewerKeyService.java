package io.ascent.service;

import io.ascent.domain.review.ReviewerIdentity;
import io.ascent.persistence.ReviewerRepository;
import io.ascent.persistence.ReviewerRepository.KeyPairRow;
import io.ascent.persistence.files.Exports;
import io.ascent.persistence.files.ReviewerKeyFiles;
import io.ascent.persistence.files.ReviewerKeyFiles.EncryptedKey;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reviewer's key pair: made on their first review and kept in their database (the private
 * key never leaves it unencrypted), the name they sign with, and moving both to a new computer in
 * a passphrase-encrypted file (File > Export reviewer key... / Import reviewer key...).
 */
public class ReviewerKeyService {

    private final ReviewerRepository repository;
    private final Clock clock;
    private final List<Path> keepOut;
    private final KeyEncryption encryption = new KeyEncryption();
    private ReviewerKeyFiles files;

    /** {@code keepOut}: the database's own files, which no key file may be written over. */
    public ReviewerKeyService(ReviewerRepository repository, Clock clock, List<Path> keepOut) {
        this.keepOut = List.copyOf(keepOut);
        this.repository = repository;
        this.clock = clock;
    }

    /** Who this database signs reviews as, once it has a key. */
    public Optional<ReviewerIdentity> identity() {
        return repository.key().map(k -> new ReviewerIdentity(k.name(), k.publicKey()));
    }

    /** The key pair to sign with under {@code name}: the one there is (renamed if needed), or a new one. */
    KeyPairRow keyFor(String name) {
        String checked = checkedName(name);
        Optional<KeyPairRow> existing = repository.key();
        if (existing.isEmpty()) {
            KeyPair pair = ReviewSignatures.generate();
            KeyPairRow row = new KeyPairRow(
                    checked,
                    ReviewSignatures.publicKeyText(pair.getPublic()),
                    pair.getPrivate().getEncoded(),
                    clock.instant());
            repository.saveKey(row);
            return row;
        }
        if (!existing.get().name().equals(checked)) {
            repository.renameReviewer(checked);
        }
        KeyPairRow k = existing.get();
        return new KeyPairRow(checked, k.publicKey(), k.privateKey(), k.createdAt());
    }

    /**
     * Writes the key pair to {@code target} (over an existing file only when {@code replace}), the
     * private key encrypted with {@code passphrase}.
     */
    public ReviewerIdentity exportKey(Path target, char[] passphrase, boolean replace) {
        KeyPairRow key = repository.key().orElseThrow(() -> new ValidationException(I18n.t("review.error.noKey")));
        EncryptedKey encrypted = encryption.encrypt(key.name(), key.publicKey(), key.privateKey(), passphrase);
        Exports.write(target, files().write(encrypted), replace, keepOut);
        return new ReviewerIdentity(key.name(), key.publicKey());
    }

    /**
     * Reads a key file with {@code passphrase} and makes it this database's key. A database that
     * already has another key keeps it unless {@code replace}: reviews already sent were signed
     * with it.
     */
    public ReviewerIdentity importKey(Path file, char[] passphrase, boolean replace) {
        String source = String.valueOf(file.getFileName());
        EncryptedKey encrypted = files().read(file);
        ReviewerIdentity identity;
        try {
            identity = new ReviewerIdentity(encrypted.name(), encrypted.publicKey());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(source + ": " + e.getMessage());
        }
        byte[] privateKey = encryption.decrypt(encrypted, passphrase, source);
        try {
            if (!ReviewSignatures.matches(privateKey, encrypted.publicKey())) {
                throw new ValidationException(I18n.t("review.error.keyMismatch", source));
            }
            Optional<ReviewerIdentity> current = identity();
            if (current.isPresent() && !current.get().sameKey(identity) && !replace) {
                throw new ReviewerKeyExistsException(current.get());
            }
            repository.saveKey(new KeyPairRow(identity.name(), identity.publicKey(), privateKey, clock.instant()));
            return identity;
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    static String checkedName(String name) {
        try {
            return ReviewerIdentity.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    private synchronized ReviewerKeyFiles files() {
        if (files == null) {
            files = new ReviewerKeyFiles();
        }
        return files;
    }
}
