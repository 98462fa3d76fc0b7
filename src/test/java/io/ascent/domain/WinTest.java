package io.ascent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WinTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 2);

    private static Win win(long id, LocalDate date, String title, String story, List<String> competencies) {
        return new Win(id, date, title, story, Impact.NONE, List.of(), competencies, List.of(), true);
    }

    @Test
    void titleAndStoryAreStrippedAndTagsKeptOnceInOrder() {
        Win win =
                new Win(0, DAY, "  Launched v2 ", " story ", null, null, List.of("b", "a", "b"), List.of("m.1"), true);

        assertThat(win.title()).isEqualTo("Launched v2");
        assertThat(win.story()).isEqualTo("story");
        assertThat(win.competencyIds()).containsExactly("b", "a");
        assertThat(win.impact()).isEqualTo(Impact.NONE);
    }

    @Test
    void aWinNeedsATitleOnOneLine() {
        assertThatThrownBy(() -> Win.of(DAY, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Win.of(DAY, "two\nlines")).hasMessageContaining("one line");
        assertThatThrownBy(() -> Win.of(DAY, "x".repeat(Win.MAX_TITLE + 1))).hasMessageContaining("201");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(textBlock = """
            Safe \u202eDELIFORP ETAVIRP\u202c win, U+202E
            zero\u200bwidth,                         U+200B
            \ufeffbom first,                         U+FEFF
            isolate \u2067x\u2069,                   U+2067
            tag \udb40\udc41 letter,                 U+E0041
            """)
    void aWinTitleOrImpactRefusesInvisibleCharactersAsPlanNamesDo(String text, String codePoint) {
        assertThat(PlanName.problem(text)).contains(codePoint);
        assertThatThrownBy(() -> Win.of(DAY, text))
                .hasMessage("The win\u2019s title cannot contain the invisible character " + codePoint
                        + ": it changes how the text around it is shown. Remove it and try again.");
        assertThatThrownBy(() -> new Impact(text, "", "", "")).hasMessageContaining(codePoint);
        assertThatThrownBy(() -> new Impact("m", "", "", text)).hasMessageStartingWith("Your share cannot contain");
    }

    @Test
    void joinersMarksAndEmojiFlagsStayAllowedInWinTitles() {
        String flag = new StringBuilder()
                .appendCodePoint(0x1F3F4)
                .appendCodePoint(0xE0067)
                .appendCodePoint(0xE0062)
                .appendCodePoint(0xE0065)
                .appendCodePoint(0xE006E)
                .appendCodePoint(0xE0067)
                .appendCodePoint(0xE007F)
                .toString();
        assertThat(Win.of(DAY, flag + " launch").title()).startsWith(flag);
        assertThat(Win.of(DAY, "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u200f!")
                        .title())
                .contains("\u200c");
    }

    @Test
    void tagsAreIdsAndLinksAreLinks() {
        assertThatThrownBy(() -> win(0, DAY, "t", "", List.of("has space"))).hasMessageContaining("has space");
        assertThatThrownBy(() -> Win.of(DAY, "t").withLinks(List.of("ftp://x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Win.of(LocalDate.of(20260, 1, 1), "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Win.of(DAY, "bell\u0007")).hasMessageContaining("U+0007");
    }

    @Test
    void countingForAMilestoneAddsItOnceAndCanBeTakenBack() {
        Win win = Win.of(DAY, "t").countingFor("m.1").countingFor("m.2").countingFor("m.1");

        assertThat(win.milestoneIds()).containsExactly("m.1", "m.2");
        assertThat(win.notCountingFor("m.1").milestoneIds()).containsExactly("m.2");
        assertThat(win.countsFor("m.2")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # metric    | before | after | share | claims | lacks | weight
            Retention   | 31%    | 36%   | led   | true   | false | 4
            Retention   | -      | 36%   | -     | true   | true  | 2
            -           | -      | 36%   | -     | true   | true  | 1
            Retention   | -      | -     | -     | true   | true  | 1
            -           | -      | -     | led   | false  | false | 1
            -           | -      | -     | -     | false  | false | 0
            """)
    void impactClaimsBaselinesAndWeight(
            String metric, String before, String after, String share, boolean claims, boolean lacks, int weight) {
        Impact impact = new Impact(metric, before, after, share);

        assertThat(impact.claimsResult()).isEqualTo(claims);
        assertThat(impact.lacksBaselineOrMetric()).isEqualTo(lacks);
        assertThat(impact.weight()).isEqualTo(weight);
    }

    @Test
    void filterMatchesDatesInclusiveCompetencyAndTextIgnoringCase() {
        Win a = win(1, LocalDate.of(2026, 1, 10), "Launched Pricing", "", List.of("pricing"));
        Win b = win(2, LocalDate.of(2026, 2, 10), "Hiring", "grew the TEAM", List.of("people"));
        Win c = win(3, LocalDate.of(2026, 3, 10), "Roadmap", "", List.of("pricing", "people"));
        List<Win> all = List.of(a, b, c);

        assertThat(WinFilter.ALL.apply(all)).containsExactly(c, b, a);
        assertThat(new WinFilter(
                                Optional.of(LocalDate.of(2026, 2, 10)),
                                Optional.of(LocalDate.of(2026, 3, 10)),
                                Optional.empty(),
                                "")
                        .apply(all))
                .containsExactly(c, b);
        assertThat(new WinFilter(Optional.empty(), Optional.empty(), Optional.of("pricing"), "").apply(all))
                .containsExactly(c, a);
        assertThat(new WinFilter(Optional.empty(), Optional.empty(), Optional.empty(), " team ").apply(all))
                .containsExactly(b);
        assertThat(new WinFilter(Optional.empty(), Optional.empty(), Optional.of("people"), "pricing").apply(all))
                .isEmpty();
    }

    @Test
    void nudgeCountsWholeWeeksOnceTheCadenceHasPassed() {
        LocalDate created = LocalDate.of(2026, 1, 1);

        assertThat(Wins.weeksWithoutWin(Optional.of(LocalDate.of(2026, 3, 1)), created, LocalDate.of(2026, 3, 31), 30))
                .isEqualTo(OptionalInt.empty());
        assertThat(Wins.weeksWithoutWin(Optional.of(LocalDate.of(2026, 3, 1)), created, LocalDate.of(2026, 4, 1), 30))
                .isEqualTo(OptionalInt.of(4));
        assertThat(Wins.weeksWithoutWin(Optional.empty(), created, LocalDate.of(2026, 3, 1), 30))
                .isEqualTo(OptionalInt.of(8));
    }

    @Test
    void winsBetweenCheckInsCountTheDaysAfterTheFirstUpToTheSecond() {
        List<Win> wins = List.of(
                win(1, LocalDate.of(2026, 3, 1), "on the first check-in's day", "", List.of()),
                win(2, LocalDate.of(2026, 3, 2), "a", "", List.of()),
                win(3, LocalDate.of(2026, 3, 31), "on the second's", "", List.of()),
                win(4, LocalDate.of(2026, 4, 1), "after", "", List.of()));

        assertThat(Wins.loggedBetween(
                        wins,
                        Instant.parse("2026-03-01T09:00:00Z"),
                        Instant.parse("2026-03-31T18:00:00Z"),
                        ZoneOffset.UTC))
                .isEqualTo(2);
    }

    @Test
    void mostImpactfulFirstThenNewest() {
        Win measured =
                win(1, LocalDate.of(2026, 1, 1), "measured", "", List.of()).withImpact(new Impact("m", "1", "2", ""));
        Win newer = win(2, LocalDate.of(2026, 5, 1), "newer", "", List.of());
        Win older = win(3, LocalDate.of(2026, 4, 1), "older", "", List.of());

        assertThat(List.of(older, newer, measured).stream()
                        .sorted(Wins.MOST_IMPACTFUL_FIRST)
                        .toList())
                .containsExactly(measured, newer, older);
    }
}
