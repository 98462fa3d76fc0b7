package io.ascent.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A reviewer's draft as they write it: a level and a comment per competency, each kept when the other changes. */
class ReviewDraftTest {

    @Test
    void aLevelAndACommentKeepEachOtherAndAnEmptyEntryGoesAway() {
        ReviewDraft draft = ReviewDraft.EMPTY
                .withLevel("strategy", Optional.of("senior"))
                .withComment("strategy", "  Clear vision.  ");

        assertThat(draft.rating("strategy"))
                .contains(new ManagerRating("strategy", Optional.of("senior"), "Clear vision."));
        assertThat(draft.withLevel("strategy", Optional.empty()).rating("strategy"))
                .contains(new ManagerRating("strategy", Optional.empty(), "Clear vision."));
        assertThat(draft.withLevel("strategy", Optional.empty())
                        .withComment("strategy", " ")
                        .ratings())
                .isEmpty();
    }

    @Test
    void aVerdictIsReplacedOrTakenBack() {
        ReviewDraft confirmed = ReviewDraft.EMPTY.withVerdict(
                "milestone", "strategy.senior.1", Optional.of(EvidenceVerdict.Verdict.CONFIRMED));

        ReviewDraft needsMore = confirmed.withVerdict(
                "milestone", "strategy.senior.1", Optional.of(EvidenceVerdict.Verdict.NEEDS_MORE));

        assertThat(needsMore.verdicts())
                .singleElement()
                .satisfies(v -> assertThat(v.verdict()).isEqualTo(EvidenceVerdict.Verdict.NEEDS_MORE));
        assertThat(needsMore
                        .withVerdict("milestone", "strategy.senior.1", Optional.empty())
                        .verdicts())
                .isEmpty();
    }

    @Test
    void aCompetencyRatedTwiceIsRefused() {
        ManagerRating once = new ManagerRating("strategy", Optional.of("senior"), "");

        assertThatThrownBy(() -> new ReviewDraft(List.of(once, once), List.of(), "", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'strategy' appears twice");
    }
}
