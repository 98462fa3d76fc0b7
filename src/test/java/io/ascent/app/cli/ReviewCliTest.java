package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.AppContext;
import io.ascent.service.PlanFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A review round from the command line between two real databases, with the exit codes: the
 * person asks, a reviewer with no plans answers, the person imports and shows the side by side.
 */
class ReviewCliTest {

    static final String PLAN = "Road to Senior PM";

    @TempDir
    Path dir;

    private Path person;
    private Path reviewer;

    record Result(int code, String out, String err) {}

    @BeforeEach
    void setUp() {
        person = dir.resolve("person.db");
        reviewer = dir.resolve("reviewer.db");
        try (PlanFixture fixture = PlanFixture.open(person)) {
            fixture.realisticPlan(PLAN);
        }
    }

    private Result run(Path db, String instant, String... args) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.create((file, how) -> AppContext.open(file, clock, how), window -> {});
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(
                Stream.concat(Stream.of("--db", db.toString()), Stream.of(args)).toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    private Path request() {
        return request("alex.ascent-review");
    }

    private Path request(String name) {
        Path file = dir.resolve(name);
        Result asked = run(
                person,
                "2026-11-28T10:00:00Z",
                "review",
                "request",
                PLAN,
                "--out",
                file.toString(),
                "--from",
                "Alex Kim");
        assertThat(asked.code()).as(asked.err()).isZero();
        // The realistic plan is in Growth: 17 core and 4 Growth competencies.
        assertThat(asked.out()).contains("21 competencies with your ratings, 8 pieces of evidence");
        return file;
    }

    private Result answer(Path request, Path response, String... more) {
        String[] args = Stream.concat(
                        Stream.of(
                                "review",
                                "answer",
                                request.toString(),
                                "--reviewer",
                                "Dana Lee",
                                "--out",
                                response.toString()),
                        Stream.of(more))
                .toArray(String[]::new);
        return run(reviewer, "2026-12-02T15:30:00Z", args);
    }

    @Test
    void aReviewRoundFromTheCommandLine() throws Exception {
        Path request = request();
        Path response = dir.resolve("dana.ascent-review-response");

        Result answered = answer(
                request,
                response,
                "--rate",
                "product-strategy=senior-pm",
                "--rate",
                "roadmap-prioritization=pm",
                "--rate",
                "performance-metrics=senior-pm",
                "--comment",
                "roadmap-prioritization=Trade-offs still escalate to me.",
                "--confirm",
                "product-strategy.senior-pm.1",
                "--decision",
                "ready-by:2027-06-30",
                "--summary",
                "Strong quarter.");
        assertThat(answered.code()).as(answered.err()).isZero();
        assertThat(answered.out()).contains("signed as Dana Lee (key ");
        Result imported = run(person, "2026-12-03T09:00:00Z", "review", "import", response.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Their key", "is now pinned");

        Result shown = run(person, "2026-12-03T09:00:00Z", "review", "show", PLAN);

        assertThat(shown.code()).isZero();
        assertThat(shown.out())
                .contains("Dana Lee (key ", "Decision: Ready by Jun 30, 2027")
                .contains("1 to discuss, 1 flagged, 1 agreed")
                .contains("Trade-offs still escalate to me.", "Strong quarter.");
        assertThat(shown.out().lines().filter(l -> l.contains("Performance metrics")))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("Associate PM", "Senior PM", "flagged"));
        Result given = run(reviewer, "2026-12-04T09:00:00Z", "review", "given");
        assertThat(given.out()).contains("Alex Kim - " + PLAN, "sent Dec 2, 2026");
        assertThat(run(reviewer, "2026-12-04T09:00:00Z", "plan", "list").out()).startsWith("No plans yet");
    }

    @Test
    void refusalsExitWithOneAndMisuseWithTwo() throws Exception {
        Path request = request();
        Path response = dir.resolve("dana.ascent-review-response");
        assertThat(answer(request, response, "--rate", "product-strategy=senior-pm")
                        .code())
                .isZero();
        assertThat(run(person, "2026-12-03T09:00:00Z", "review", "import", response.toString())
                        .code())
                .isZero();

        Result twice = run(person, "2026-12-03T09:00:00Z", "review", "import", response.toString());
        Result sentAgain =
                answer(request, dir.resolve("again.ascent-review-response"), "--rate", "product-strategy=pm");
        Result outside = answer(
                request("second.ascent-review"), dir.resolve("x.ascent-review-response"), "--rate", "accessibility=pm");
        Result badDecision = answer(request, response, "--decision", "maybe");
        Result badEvidence = run(
                person, "2026-11-28T10:00:00Z", "review", "request", PLAN, "--out", "x", "--include-evidence", "some");

        Result overwrite = run(person, "2026-11-29T10:00:00Z", "review", "request", PLAN, "--out", request.toString());
        assertThat(overwrite.code()).isEqualTo(1);
        assertThat(overwrite.err()).contains("already exists. Add --force");
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).contains("this review is already imported");
        assertThat(sentAgain.code()).isEqualTo(1);
        assertThat(sentAgain.err()).contains("was sent and can no longer be changed");
        assertThat(outside.code()).isEqualTo(1);
        assertThat(outside.err()).contains("rates the competency 'accessibility'");
        assertThat(badDecision.code()).isEqualTo(2);
        assertThat(badDecision.err()).contains("'maybe' is not a decision");
        assertThat(badEvidence.code()).isEqualTo(2);
    }

    @Test
    void aTamperedSignatureExitsWithOneAndAOneLineMessage() throws Exception {
        Path request = request();
        Path response = dir.resolve("dana.ascent-review-response");
        answer(request, response, "--rate", "product-strategy=senior-pm");
        String file = Files.readString(response);
        int at = file.indexOf("\"signature\" : \"") + 20;
        char flipped = file.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(response, file.substring(0, at) + flipped + file.substring(at + 1));

        Result refused = run(person, "2026-12-03T09:00:00Z", "review", "import", response.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("ascent: dana.ascent-review-response: the signature does not match");
        assertThat(refused.err().lines()).hasSize(1);
    }

    @Test
    void theReviewerKeyMovesWithAPassphraseFile() throws Exception {
        answer(request(), dir.resolve("dana.ascent-review-response"), "--rate", "product-strategy=senior-pm");
        Path passphrase = Files.writeString(dir.resolve("passphrase.txt"), "correct horse battery staple\n");
        Path key = dir.resolve("dana.ascent-reviewer-key");

        Result exported = run(
                reviewer,
                "2026-12-04T09:00:00Z",
                "review",
                "key",
                "export",
                "--out",
                key.toString(),
                "--passphrase-file",
                passphrase.toString());
        Result imported = run(
                dir.resolve("laptop.db"),
                "2026-12-05T09:00:00Z",
                "review",
                "key",
                "import",
                key.toString(),
                "--passphrase-file",
                passphrase.toString());

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(imported.code()).as(imported.err()).isZero();
        String fingerprint = exported.out().replaceAll("(?s).*\\((\\p{XDigit}{4}( \\p{XDigit}{4}){7})\\).*", "$1");
        assertThat(imported.out()).contains("You now sign reviews as Dana Lee (key " + fingerprint + ")");
    }
}
