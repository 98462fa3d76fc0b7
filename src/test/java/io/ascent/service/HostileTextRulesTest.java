package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.Rating;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules {@link HostileTextPropertyTest} uses as its oracle, pinned by hand-picked cases
 * with the outcome written down: what is stored, or "refused". Inputs are written with
 * {@code \\uXXXX} escapes for characters a CSV cannot hold, and {@code text*N} for N copies.
 */
class HostileTextRulesTest {

    private static final String REFUSED = "refused";

    @TempDir
    static Path dir;

    private static HostileFixture app;
    private static long planId;
    private static final String MILESTONE = "product-strategy.senior-pm.1";

    @BeforeAll
    static void open() {
        app = HostileFixture.open(dir.resolve("ascent.db"));
        planId = app.plans
                .create(new PlanDraft("Rules", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @ParameterizedTest(name = "plan name [{0}]: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "  Road to Senior PM  "          | Road to Senior PM
            \\uD83D\\uDE80 Launch            | \\uD83D\\uDE80 Launch
            Cafe\\u0301                      | Cafe\\u0301
            \\u05E9\\u05DC\\u05D5\\u05DD     | \\u05E9\\u05DC\\u05D5\\u05DD
            a\\u200Db                        | a\\u200Db
            a\\u200Fb                        | a\\u200Fb
            \\u00E9*120                      | \\u00E9*120
            \\uD83D\\uDE80*120               | \\uD83D\\uDE80*120
            \\u00E9*121                      | refused
            \\uD83D\\uDE80*121               | refused
            "   "                            | refused
            a\\u0000b                        | refused
            a\\tb                            | refused
            two\\nlines                      | refused
            \\u202Eevil                      | refused
            a\\u2066b                        | refused
            a\\u200Bb                        | refused
            \\uFEFFname                      | refused
            a\\uD800b                        | refused
            """)
    void planNames(String typed, String outcome) {
        String name = decode(typed);
        Throwable refused = catchThrowable(() -> {
            long id = app.plans
                    .create(new PlanDraft(name, "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                    .id();
            try {
                assertThat(app.plans.open(id).plan().name()).isEqualTo(decode(outcome));
            } finally {
                app.plans.delete(id);
            }
        });
        expect(refused, outcome);
    }

    @ParameterizedTest(name = "evidence [{0}]: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "  spaces kept  "       | "  spaces kept  "
            line\\nbreak\\ttab\\r\\n | line\\nbreak\\ttab\\r\\n
            \\uD83D\\uDE80          | \\uD83D\\uDE80
            \\u00A0\\u3000          | \\u00A0\\u3000
            \\u202Eright-to-left    | \\u202Eright-to-left
            \\u00E9*20000           | \\u00E9*20000
            \\u00E9*20001           | refused
            a\\u0000b               | refused
            \\u0007bell             | refused
            \\u001B[31m             | refused
            \\u007F                 | refused
            \\u0085                 | refused
            \\uDC00                 | refused
            """)
    void evidence(String typed, String outcome) {
        String text = decode(typed);
        expect(saveProgress(p -> p.withEvidence(text), MilestoneProgress::evidence, outcome), outcome);
    }

    @ParameterizedTest(name = "link [{0}]: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            " https://example.org/a?q=1 " | https://example.org/a?q=1
            mailto:me@example.org         | mailto:me@example.org
            HTTP://EXAMPLE.ORG            | HTTP://EXAMPLE.ORG
            https://example.org/\\u00E9   | https://example.org/\\u00E9
            javascript:alert(1)           | refused
            ftp://example.org             | refused
            https://                      | refused
            example.org                   | refused
            https://example.org/a b       | refused
            https://example.org/\\u0000   | refused
            "   "                         | refused
            """)
    void links(String typed, String outcome) {
        String link = decode(typed);
        expect(
                saveProgress(
                        p -> p.withLinks(List.of(link)),
                        p -> p.links().isEmpty() ? "" : p.links().get(0),
                        outcome),
                outcome);
    }

    @ParameterizedTest(name = "done date {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1899-12-31 | refused
            1900-01-01 | 1900-01-01
            2026-02-28 | 2026-02-28
            9999-12-31 | 9999-12-31
            +10000-01-01 | refused
            """)
    void doneDates(String picked, String outcome) {
        LocalDate date = LocalDate.parse(picked);
        expect(
                saveProgress(
                        p -> p.withStatus(MilestoneStatus.DONE, date).withDoneDate(date),
                        p -> p.doneDate().map(LocalDate::toString).orElse(""),
                        outcome),
                outcome);
    }

    @ParameterizedTest(name = "justification [{0}]: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "  Owns the vision  " | Owns the vision
            \\u00E9*2000          | \\u00E9*2000
            \\u00E9*2001          | refused
            a\\u0000b             | refused
            """)
    void justifications(String typed, String outcome) {
        String text = decode(typed);
        Rating before = app.assessments.ratings(planId).get("product-strategy");
        Throwable refused = catchThrowable(() -> {
            app.assessments.save(
                    app.plans.open(planId),
                    "product-strategy",
                    Optional.ofNullable(before),
                    Optional.of(new Rating("product-strategy", "pm", text)));
            assertThat(app.assessments.ratings(planId).get("product-strategy").justification())
                    .isEqualTo(decode(outcome));
        });
        expect(refused, outcome);
    }

    @ParameterizedTest(name = "check-in note [{0}]: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "  Good month  " | Good month
            \\u00E9*2000     | \\u00E9*2000
            \\u00E9*2001     | refused
            \\u001B[2J       | refused
            """)
    void checkInNotes(String typed, String outcome) {
        String note = decode(typed);
        int before = app.checkIns.history(planId).size();
        Throwable refused = catchThrowable(() -> assertThat(app.checkIns
                        .checkIn(app.plans.open(planId), app.assessments.ratings(planId), note)
                        .note())
                .isEqualTo(decode(outcome)));
        expect(refused, outcome);
        if (refused != null) {
            assertThat(app.checkIns.history(planId)).hasSize(before);
        }
    }

    private static Throwable saveProgress(
            Function<MilestoneProgress, MilestoneProgress> edit,
            Function<MilestoneProgress, String> field,
            String outcome) {
        MilestoneProgress before = app.plans.open(planId).progressOf(MILESTONE);
        Throwable refused = catchThrowable(() -> {
            app.plans.saveProgress(planId, before, edit.apply(MilestoneProgress.todo(MILESTONE)));
            assertThat(field.apply(app.plans.open(planId).progressOf(MILESTONE)))
                    .isEqualTo(decode(outcome));
        });
        if (refused != null) {
            assertThat(app.plans.open(planId).progressOf(MILESTONE)).isEqualTo(before);
        }
        return refused;
    }

    private static void expect(Throwable refused, String outcome) {
        if (refused instanceof AssertionError failure) {
            throw failure;
        }
        if (!outcome.equals(REFUSED)) {
            assertThat(refused).as("accepted").isNull();
            return;
        }
        assertThat(refused).as("refused").isInstanceOfAny(IllegalArgumentException.class, ValidationException.class);
        HostileInputTest.assertPlain(refused.getMessage().replace("\n", " "));
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\(u([0-9A-Fa-f]{4})|t|n|r)");
    private static final Pattern REPEAT = Pattern.compile("(.+)\\*(\\d+)");

    /** "\\u00E9*3" to "ééé"; "a\\tb" to a tab between a and b. */
    static String decode(String written) {
        Matcher repeat = REPEAT.matcher(written);
        if (repeat.matches()) {
            return decode(repeat.group(1)).repeat(Integer.parseInt(repeat.group(2)));
        }
        Matcher m = ESCAPE.matcher(written);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String c = switch (m.group(1)) {
                case "t" -> "\t";
                case "n" -> "\n";
                case "r" -> "\r";
                default -> String.valueOf((char) Integer.parseInt(m.group(2), 16));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }
}
