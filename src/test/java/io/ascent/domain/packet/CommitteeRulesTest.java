package io.ascent.domain.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.Impact;
import io.ascent.domain.Win;
import io.ascent.domain.packet.CommitteeQuestion.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CommitteeRulesTest {

    private static final PacketPeriod YEAR = new PacketPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static CompetencyFacts facts(
            String id, boolean required, int evidence, int self, int manager, int confirmed) {
        return new CompetencyFacts(
                id,
                required,
                evidence,
                self < 0 ? OptionalInt.empty() : OptionalInt.of(self),
                manager < 0 ? OptionalInt.empty() : OptionalInt.of(manager),
                confirmed);
    }

    private static Win win(long id, Impact impact) {
        return Win.of(LocalDate.of(2026, 6, 1), "win " + id).withId(id).withImpact(impact);
    }

    @Test
    void aRequiredCompetencyWithoutEvidenceInThePeriodIsQuestioned() {
        List<CommitteeQuestion> questions = CommitteeRules.noEvidence(List.of(
                facts("strategy", true, 0, -1, -1, 0),
                facts("metrics", true, 2, -1, -1, 0),
                facts("not-required", false, 0, -1, -1, 0)));

        assertThat(questions).containsExactly(new CommitteeQuestion(Rule.NO_EVIDENCE, "strategy"));
    }

    @Test
    void aSelfRatingTwoOrMoreLevelsAboveTheManagersIsQuestioned() {
        List<CommitteeQuestion> questions = CommitteeRules.selfAboveManager(List.of(
                facts("two-above", true, 1, 3, 1, 0),
                facts("one-above", true, 1, 3, 2, 0),
                facts("below", true, 1, 1, 3, 0),
                facts("manager-silent", true, 1, 4, -1, 0)));

        assertThat(questions).containsExactly(new CommitteeQuestion(Rule.SELF_ABOVE_MANAGER, "two-above"));
    }

    @Test
    void aWinClaimingAResultWithoutMetricOrBaselineIsQuestioned() {
        List<CommitteeQuestion> questions = CommitteeRules.claimsWithoutBaseline(List.of(
                win(1, new Impact("Retention", "31%", "36%", "led")),
                win(2, new Impact("", "", "Signed 3 weeks early", "led")),
                win(3, new Impact("Retention", "", "36%", "")),
                win(4, new Impact("", "", "", "contributed")),
                win(5, Impact.NONE)));

        assertThat(questions)
                .containsExactly(
                        new CommitteeQuestion(Rule.CLAIM_WITHOUT_BASELINE, "2"),
                        new CommitteeQuestion(Rule.CLAIM_WITHOUT_BASELINE, "3"));
    }

    @Test
    void nothingInTheLastNinetyDaysOfThePeriodIsQuestionedOnce() {
        // The last 90 days of 2026 start on October 3.
        assertThat(CommitteeRules.quietEnd(List.of(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 3, 1)), YEAR))
                .containsExactly(new CommitteeQuestion(Rule.QUIET_END, ""));
        assertThat(CommitteeRules.quietEnd(List.of(LocalDate.of(2026, 10, 3)), YEAR))
                .isEmpty();
        assertThat(CommitteeRules.quietEnd(List.of(), YEAR)).hasSize(1);
        // Evidence after the period does not count for it.
        assertThat(CommitteeRules.quietEnd(List.of(LocalDate.of(2027, 1, 2)), YEAR))
                .hasSize(1);
    }

    @Test
    void evidenceOnlySelfAttestedIsQuestionedOnlyWhereAReviewConfirmedNoneOfIt() {
        List<CompetencyFacts> competencies = List.of(
                facts("unconfirmed", true, 2, -1, -1, 0),
                facts("confirmed", true, 2, -1, -1, 1),
                facts("no-evidence", true, 0, -1, -1, 0));

        assertThat(CommitteeRules.onlySelfAttested(competencies, true))
                .containsExactly(new CommitteeQuestion(Rule.ONLY_SELF_ATTESTED, "unconfirmed"));
        assertThat(CommitteeRules.onlySelfAttested(competencies, false)).isEmpty();
    }

    @Test
    void allListsTheQuestionsRuleByRule() {
        List<CommitteeQuestion> questions = CommitteeRules.all(
                List.of(facts("a", true, 0, 3, 1, 0)),
                List.of(win(7, new Impact("", "", "up", ""))),
                List.of(),
                YEAR,
                true);

        assertThat(questions)
                .extracting(CommitteeQuestion::rule)
                .containsExactly(
                        Rule.NO_EVIDENCE, Rule.SELF_ABOVE_MANAGER, Rule.CLAIM_WITHOUT_BASELINE, Rule.QUIET_END);
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> new PacketPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("ends");
        assertThat(PacketPeriod.yearTo(LocalDate.of(2026, 11, 28)).from()).isEqualTo(LocalDate.of(2025, 11, 29));
    }
}
