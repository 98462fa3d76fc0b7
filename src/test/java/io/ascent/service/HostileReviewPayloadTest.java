package io.ascent.service;

import static io.ascent.service.ReviewParties.with;
import static io.ascent.service.ReviewRoundTripTest.ANSWERED;
import static io.ascent.service.ReviewRoundTripTest.ASKED;
import static io.ascent.service.ReviewRoundTripTest.IMPORTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ascent.domain.review.GivenReview;
import io.ascent.persistence.PersistenceException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile payloads inside correctly signed responses (only the reviewer's key can make these, so
 * they are made at test time with a real one): the signature verifies, then the payload is read
 * with the same limits as every outside file, and each gets its message and changes nothing.
 */
class HostileReviewPayloadTest {

    @TempDir
    Path dir;

    private Path signedResponse(ReviewParties parties) {
        Path request = parties.request("alex.ascent-review", false, ASKED);
        Path response = dir.resolve("dana.ascent-review-response");
        with(parties.reviewer, ANSWERED, app -> {
            GivenReview given = app.reviews().answers().open(request);
            app.reviews().answers().saveDraft(given.request().id(), ReviewRoundTripTest.draft());
            return app.reviews().answers().send(given.request().id(), "Dana Lee", response, false);
        });
        return response;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            deep         | "summary" : "|"summary" : [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]], "x" : "| the JSON is nested too deeply (more than 16 levels
            wrong type   | "ratings" : [|"ratings" : 7, "r" : [| at $.ratings (line 8, column 15) expected a list [ ... ]
            unknown      | "summary" :|"secret" : "x", "summary" :| unknown field "secret"
            duplicate    | "summary" :|"reviewer" : "Mallory", "summary" :| the field "reviewer" appears twice in one object
            verdict      | "outcome" : "ready-by"|"outcome" : "maybe"| at $.decision.outcome: "maybe" is not one of ready, ready-by, not-yet
            not a uuid   | "planId" : "|"planId" : "x|is not an id Ascent wrote
            control      | "summary" : "Strong|"summary" : "\\u0007Strong| at $.summary: the text contains a character that cannot be stored (U+0007).
            long comment | "comment" : "Trade-offs still escalate."|"comment" : "%s"| The comment is too long (2,001 characters; at most 2,000)
            other kind   | "kind" : "ascent-review-answer"|"kind" : "ascent-review-request"| not the answer of an Ascent review response
            """)
    void aHostilePayloadUnderAGoodSignatureGetsItsMessageAndChangesNothing(
            String name, String find, String replace, String expected) throws Exception {
        ReviewParties parties = new ReviewParties(dir);
        Path response = signedResponse(parties);
        String replacement = replace.contains("%s") ? replace.formatted("c".repeat(2001)) : replace;
        ReviewForgery.resign(parties.reviewer, response, payload -> payload.replace(find, replacement));
        String before = HostileFixture.checksum(parties.person);

        Throwable thrown = with(
                parties.person,
                IMPORTED,
                app -> catchThrowable(() -> app.reviews().imports().importResponse(response, false)));

        assertThat(thrown)
                .isInstanceOfAny(PersistenceException.class, ValidationException.class)
                .hasMessageStartingWith("dana.ascent-review-response:")
                .hasMessageContaining(expected.strip());
        HostileInputTest.assertPlain(thrown.getMessage());
        assertThat(HostileFixture.checksum(parties.person)).isEqualTo(before);
    }

    @Test
    void theUntouchedResponseIsImported() {
        ReviewParties parties = new ReviewParties(dir);
        Path response = signedResponse(parties);

        assertThat(ReviewParties.failure(
                        parties.person, IMPORTED, app -> app.reviews().imports().importResponse(response, false)))
                .isNull();
    }
}
