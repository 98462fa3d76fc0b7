package io.ascent.domain;

import static io.ascent.domain.InsightFixtures.SMALL;
import static io.ascent.domain.InsightFixtures.growthPlan;
import static io.ascent.domain.InsightFixtures.ratings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentTest {

    // A growth plan has three competencies, so 80% means all three (2 of 3 is 67%).
    @ParameterizedTest(name = "{0}->{1}, ratings [{2}] estimate {3}")
    @CsvSource(delimiter = '|', textBlock = """
            a | c |                          | a
            a | c | core1=c;core2=c;grow=c   | c
            a | c | core1=b;core2=b          | a
            a | c | core1=b;core2=b;grow=c   | b
            a | c | core1=c;core2=c;grow=b   | b
            b | c |                          | b
            b | c | core1=a                  | a
            b | c | core1=c;core2=c          | b
            """)
    void estimatedLevelIsTheHighestLevelEightyPercentReach(
            String current, String target, String rated, String expected) {
        Assessment assessment = new Assessment(SMALL, growthPlan(current, target), ratings(rated));

        assertThat(assessment.estimatedLevel().id()).isEqualTo(expected);
    }

    @Test
    void unratedCompetenciesCountAsTheCurrentLevel() {
        Assessment assessment = new Assessment(SMALL, growthPlan("b", "c"), ratings("core1=c"));

        assertThat(assessment.levelOf("core2").id()).isEqualTo("b");
        assertThat(assessment.levelOf("core1").id()).isEqualTo("c");
        assertThat(assessment.ratedCount()).isEqualTo(1);
    }

    @Test
    void aRatingOfAnotherSpecializationIsNotCounted() {
        Assessment assessment = new Assessment(SMALL, growthPlan("a", "c"), ratings("usab=c"));

        assertThat(assessment.ratedCount()).isZero();
        assertThat(assessment.competencies()).extracting(Competency::id).containsExactly("core1", "core2", "grow");
    }

    @Test
    void aJustificationLongerThanTwoThousandCharactersIsRefused() {
        assertThatThrownBy(() -> new Rating("core1", "b", "x".repeat(2_001)))
                .hasMessageContaining("too long (2,001 characters; at most 2,000)");
        assertThat(new Rating("core1", "b", "Led the Q3 pricing test \uD83D\uDE80").justification())
                .endsWith("\uD83D\uDE80");
    }
}
