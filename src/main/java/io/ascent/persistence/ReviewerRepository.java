package io.ascent.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reviewer's side of reviews: their key pair (made on the first review; the private key
 * never leaves the database unencrypted) and the requests they opened, with drafts until sent.
 * Failures are {@link PersistenceException}s.
 */
public interface ReviewerRepository {

    /** The reviewer's name and Ed25519 key pair (public X.509 in base64, private PKCS#8). */
    record KeyPairRow(String name, String publicKey, byte[] privateKey, Instant createdAt) {}

    /** A request opened for review: its JSON as received, the draft's JSON, and the response once sent. */
    record GivenRow(
            UUID requestId,
            String requestJson,
            String draftJson,
            Instant openedAt,
            Instant updatedAt,
            Optional<Instant> sentAt,
            Optional<byte[]> response) {}

    Optional<KeyPairRow> key();

    /** Stores the key pair, replacing the one there is. */
    void saveKey(KeyPairRow key);

    /** Changes the name the reviewer signs with. */
    void renameReviewer(String name);

    Optional<GivenRow> given(UUID requestId);

    /** Every request opened, the most recently changed first. */
    List<GivenRow> given();

    /** Stores a newly opened request with its (empty) draft. */
    void open(GivenRow row);

    /** Saves the draft of a request not sent yet. */
    void saveDraft(UUID requestId, String draftJson, Instant now);

    /** Marks the request sent with the draft as sent and the response's bytes; final. */
    void markSent(UUID requestId, String draftJson, Instant sentAt, byte[] response);
}
