package io.ascent.service;

import static io.ascent.service.ReviewParties.with;
import static io.ascent.service.ReviewRoundTripTest.ANSWERED;
import static io.ascent.service.ReviewRoundTripTest.ASKED;
import static io.ascent.service.ReviewRoundTripTest.IMPORTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ascent.domain.review.GivenReview;
import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteReviewerRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's key: made on the first review, kept in their database, moved to a new computer
 * in a passphrase-encrypted file, so the people they review see the same key there.
 */
class ReviewerKeyTest {

    static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    private ReviewParties parties;

    @BeforeEach
    void setUp() {
        parties = new ReviewParties(dir);
    }

    private Path send(Path reviewerDb, String requestName, Clock asked) {
        Path request = parties.request(requestName + ".ascent-review", false, asked);
        Path response = dir.resolve(requestName + ".resp");
        with(reviewerDb, ANSWERED, app -> {
            GivenReview given = app.reviews().answers().open(request);
            app.reviews().answers().saveDraft(given.request().id(), ReviewRoundTripTest.draft());
            return app.reviews().answers().send(given.request().id(), "Dana Lee", response, false);
        });
        return response;
    }

    private Throwable exportKey(Path db, Path file, char[] passphrase) {
        return with(
                db, ANSWERED, app -> catchThrowable(() -> app.reviews().keys().exportKey(file, passphrase, false)));
    }

    private Throwable importKey(Path db, Path file, char[] passphrase, boolean replace) {
        return with(
                db, ANSWERED, app -> catchThrowable(() -> app.reviews().keys().importKey(file, passphrase, replace)));
    }

    @Test
    void thereIsNoKeyToExportBeforeTheFirstReview() {
        assertThat(exportKey(parties.reviewer, dir.resolve("dana.ascent-reviewer-key"), PASSPHRASE))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("it is made when you send your first review");
    }

    @Test
    void aKeyMovedToANewComputerKeepsTheReviewersIdentity() throws Exception {
        ReviewParties.with(
                parties.person,
                IMPORTED,
                app -> app.reviews().imports().importResponse(send(parties.reviewer, "first", ASKED), false));
        Path keyFile = dir.resolve("dana.ascent-reviewer-key");
        assertThat(exportKey(parties.reviewer, keyFile, PASSPHRASE)).isNull();
        Path laptop = dir.resolve("laptop.db");

        assertThat(importKey(laptop, keyFile, PASSPHRASE, false)).isNull();
        Path second = send(laptop, "second", ReviewParties.at("2027-03-01T10:00:00Z"));

        Throwable imported = with(
                parties.person,
                IMPORTED,
                app -> catchThrowable(() -> app.reviews().imports().importResponse(second, false)));
        assertThat(imported).isNull();
        assertThat(fingerprint(laptop)).isEqualTo(fingerprint(parties.reviewer));
    }

    private static String fingerprint(Path db) {
        return with(
                db,
                ANSWERED,
                app -> app.reviews().keys().identity().orElseThrow().fingerprint());
    }

    @Test
    void theKeyFileHoldsThePrivateKeyOnlyEncrypted() throws Exception {
        send(parties.reviewer, "first", ASKED);
        Path keyFile = dir.resolve("dana.ascent-reviewer-key");
        exportKey(parties.reviewer, keyFile, PASSPHRASE);
        byte[] privateKey;
        try (Database db = Database.open(parties.reviewer)) {
            privateKey = new SqliteReviewerRepository(db).key().orElseThrow().privateKey();
        }

        String text = Files.readString(keyFile);
        assertThat(text)
                .contains("\"kind\" : \"ascent-reviewer-key\"", "PBKDF2WithHmacSHA256", "AES/GCM/NoPadding")
                .doesNotContain(Base64.getEncoder().encodeToString(privateKey));
    }

    @Test
    void aWrongPassphraseOrAChangedNameIsRefusedAndChangesNothing() throws Exception {
        send(parties.reviewer, "first", ASKED);
        Path keyFile = dir.resolve("dana.ascent-reviewer-key");
        exportKey(parties.reviewer, keyFile, PASSPHRASE);
        Path laptop = dir.resolve("laptop.db");
        with(laptop, ANSWERED, app -> null);
        String before = HostileFixture.checksum(laptop);

        assertThat(importKey(laptop, keyFile, "correct horse battery stapler".toCharArray(), false))
                .hasMessage(
                        "dana.ascent-reviewer-key: wrong passphrase, or the file was changed. Nothing was imported.");
        Files.writeString(keyFile, Files.readString(keyFile).replace("\"Dana Lee\"", "\"Dana Impostor\""));
        assertThat(importKey(laptop, keyFile, PASSPHRASE, false)).hasMessageContaining("wrong passphrase");
        assertThat(HostileFixture.checksum(laptop)).isEqualTo(before);
    }

    @Test
    void aShortPassphraseIsRefused() {
        send(parties.reviewer, "first", ASKED);

        assertThat(exportKey(parties.reviewer, dir.resolve("k.ascent-reviewer-key"), "short".toCharArray()))
                .hasMessage("The passphrase needs at least 12 characters.");
        assertThat(dir.resolve("k.ascent-reviewer-key")).doesNotExist();
    }

    @Test
    void importingOverAnotherKeyNeedsToBeAskedFor() {
        send(parties.reviewer, "first", ASKED);
        Path keyFile = dir.resolve("dana.ascent-reviewer-key");
        exportKey(parties.reviewer, keyFile, PASSPHRASE);
        Path other = dir.resolve("other.db");
        send(other, "second", ReviewParties.at("2027-03-01T10:00:00Z"));

        assertThat(importKey(other, keyFile, PASSPHRASE, false)).isInstanceOf(ReviewerKeyExistsException.class);
        assertThat(importKey(other, keyFile, PASSPHRASE, true)).isNull();
        assertThat(fingerprint(other)).isEqualTo(fingerprint(parties.reviewer));
        // Re-importing the key a database already has is no question at all.
        assertThat(importKey(other, keyFile, PASSPHRASE, false)).isNull();
    }
}
