package io.ascent.service;

import io.ascent.persistence.sqlite.Database;
import io.ascent.persistence.sqlite.SqliteReviewerRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.UnaryOperator;

/** Edits a response's payload and signs it again with the reviewer's real key, as only the reviewer could. */
final class ReviewForgery {

    private ReviewForgery() {}

    static void resign(Path reviewerDb, Path response, UnaryOperator<String> edit) throws Exception {
        byte[] privateKey;
        try (Database db = Database.open(reviewerDb)) {
            privateKey = new SqliteReviewerRepository(db).key().orElseThrow().privateKey();
        }
        String file = Files.readString(response);
        String encoded = file.replaceAll("(?s).*\"payload\" : \"([^\"]+)\".*", "$1");
        String signature = file.replaceAll("(?s).*\"signature\" : \"([^\"]+)\".*", "$1");
        String payload = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        String edited = edit.apply(payload);
        if (edited.equals(payload)) {
            throw new AssertionError("the edit changed nothing");
        }
        byte[] bytes = edited.getBytes(StandardCharsets.UTF_8);
        Files.writeString(
                response,
                file.replace(encoded, Base64.getEncoder().encodeToString(bytes))
                        .replace(
                                signature,
                                Base64.getEncoder().encodeToString(ReviewSignatures.sign(privateKey, bytes))));
    }
}
