package io.ascent.domain.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Rating;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an edit made in one window combines with a change saved meanwhile in another. */
class FieldMergeTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);
    private static final MilestoneProgress SHOWN = MilestoneProgress.todo("m1");

    private static FieldMerge.Merged<MilestoneProgress> merge(MilestoneProgress mine, MilestoneProgress theirs) {
        return MilestoneProgress.FIELDS.merge(SHOWN, mine, theirs);
    }

    @Test
    void changesOfDifferentFieldsAreBothKept() {
        MilestoneProgress mine = SHOWN.withNotes("Ask Sam");
        MilestoneProgress theirs = SHOWN.withStatus(MilestoneStatus.DONE, MAY).withEvidence("From the terminal");

        assertThat(merge(mine, theirs).value())
                .contains(SHOWN.withStatus(MilestoneStatus.DONE, MAY)
                        .withEvidence("From the terminal")
                        .withNotes("Ask Sam"));
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        MilestoneProgress both = SHOWN.withEvidence("Same words");

        assertThat(merge(both, both).value()).contains(both);
    }

    @Test
    void twoChangesOfOneFieldAreAConflictNamingItWithBothVersions() {
        MilestoneProgress mine = SHOWN.withEvidence("Mine");
        MilestoneProgress theirs = SHOWN.withStatus(MilestoneStatus.DONE, MAY).withEvidence("Theirs");

        EditConflict<MilestoneProgress> conflict =
                merge(mine, theirs).conflict().orElseThrow();

        assertThat(conflict.fields()).containsExactly("evidence");
        assertThat(conflict.onlyIn(MilestoneProgress.TEXT_FIELDS)).isTrue();
        assertThat(conflict.stored()).isEqualTo(theirs);
        assertThat(conflict.keepMine()).isEqualTo(theirs.withEvidence("Mine"));
        assertThat(conflict.takeTheirs()).isEqualTo(theirs);
    }

    @Test
    void takingTheirsKeepsMyChangesOfTheOtherFields() {
        MilestoneProgress mine = SHOWN.withEvidence("Mine").withNotes("Mine too");
        MilestoneProgress theirs = SHOWN.withEvidence("Theirs");

        EditConflict<MilestoneProgress> conflict =
                merge(mine, theirs).conflict().orElseThrow();

        assertThat(conflict.takeTheirs()).isEqualTo(theirs.withNotes("Mine too"));
        assertThat(conflict.keepMine()).isEqualTo(mine);
    }

    @Test
    void aDoneDateEditedHereOnAMilestoneUntickedElsewhereIsAConflictOfTheStatus() {
        MilestoneProgress done = SHOWN.withStatus(MilestoneStatus.DONE, MAY);
        MilestoneProgress mine = done.withDoneDate(MAY.minusDays(3));
        MilestoneProgress theirs = done.withStatus(MilestoneStatus.TODO, MAY);

        EditConflict<MilestoneProgress> conflict =
                MilestoneProgress.FIELDS.merge(done, mine, theirs).conflict().orElseThrow();

        assertThat(conflict.fields()).containsExactly("status");
        assertThat(conflict.keepMine()).isEqualTo(mine);
    }

    @Test
    void aJustificationTypedHereForARatingClearedElsewhereCannotBeCombined() {
        Optional<Rating> shown = Optional.of(new Rating("metrics", "pm", ""));
        Optional<Rating> mine = Optional.of(new Rating("metrics", "pm", "Led the KPI review"));

        EditConflict<Optional<Rating>> conflict =
                Rating.FIELDS.merge(shown, mine, Optional.empty()).conflict().orElseThrow();

        assertThat(conflict.fields()).containsExactly("level", "justification");
        assertThat(conflict.keepMine()).isEqualTo(mine);
        assertThat(conflict.takeTheirs()).isEmpty();
    }

    @Test
    void aLevelChosenHereKeepsAJustificationWrittenElsewhere() {
        Optional<Rating> shown = Optional.of(new Rating("metrics", "pm", ""));
        Optional<Rating> mine = Optional.of(new Rating("metrics", "senior-pm", ""));
        Optional<Rating> theirs = Optional.of(new Rating("metrics", "pm", "Owns the metric tree"));

        assertThat(Rating.FIELDS.merge(shown, mine, theirs).value())
                .contains(Optional.of(new Rating("metrics", "senior-pm", "Owns the metric tree")));
        assertThat(Rating.FIELDS.names()).isEqualTo(List.of("level", "justification"));
    }
}
