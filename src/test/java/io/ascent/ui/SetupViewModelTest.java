package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ascent.TestFrameworks;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Track;
import io.ascent.persistence.files.FrameworkCsvReader;
import io.ascent.ui.setup.SetupViewModel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetupViewModelTest {

    private final Framework framework = TestFrameworks.small();
    private final SetupViewModel model = new SetupViewModel(framework, () -> LocalDate.of(2026, 5, 1));

    private void fillValid() {
        model.nameProperty().set("Road");
        model.currentLevelProperty().set(framework.level("a").orElseThrow());
        model.targetLevelProperty().set(framework.level("c").orElseThrow());
        model.specializationProperty().set(framework.specialization("growth").orElseThrow());
    }

    @Test
    void createIsAllowedOnlyWhenEverythingRequiredIsChosen() {
        assertThat(model.validProperty().get()).isFalse();
        fillValid();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.draft().targetDate()).isEmpty();
    }

    @Test
    void aTooLongNameIsExplainedNextToTheField() {
        fillValid();
        model.nameProperty().set("x".repeat(10_000));

        assertThat(model.nameErrorProperty().get()).contains("120 characters or fewer");
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void raisingTheCurrentLevelToTheTargetClearsTheTarget() {
        fillValid();
        model.currentLevelProperty().set(framework.level("c").orElseThrow());

        assertThat(model.targetLevelProperty().get()).isNull();
        assertThat(model.canTarget(framework.level("b").orElseThrow())).isFalse();
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void aTargetDateBeyondTheYear9999IsExplainedAndNotCreated() {
        fillValid();
        model.targetDateProperty().set(LocalDate.of(20_270, 1, 1));

        assertThat(model.dateErrorProperty().get())
                .isEqualTo("Target date: +20270-01-01 is outside the dates Ascent accepts (1900-01-01 to 9999-12-31).");
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void aNameWithAHalfSurrogatePairIsRefusedLikeAControlCharacter() {
        fillValid();
        model.nameProperty().set("Road \uD83D");

        assertThat(model.nameErrorProperty().get()).isNotEmpty();
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void aPastTargetDateIsExplained() {
        fillValid();
        model.targetDateProperty().set(LocalDate.of(2026, 4, 30));

        assertThat(model.dateErrorProperty().get()).contains("from today on");
        assertThat(model.validProperty().get()).isFalse();

        model.targetDateProperty().set(LocalDate.of(2026, 12, 31));
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.draft().targetDate()).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void choosingAnotherFrameworkClearsTheLevelsAndDraftsOnIt() {
        Framework coreOnly = new FrameworkCsvReader()
                .parse(
                        "area,competency,Junior,Senior\nCraft,Strategy,knows it,sets it\n"
                                .getBytes(StandardCharsets.UTF_8),
                        "team.csv",
                        Optional.empty(),
                        "");
        SetupViewModel choice = new SetupViewModel(List.of(framework, coreOnly), () -> LocalDate.of(2026, 5, 1));
        choice.nameProperty().set("Road");
        choice.currentLevelProperty().set(framework.level("a").orElseThrow());

        choice.frameworkProperty().set(coreOnly);
        choice.currentLevelProperty().set(coreOnly.level("junior").orElseThrow());
        choice.targetLevelProperty().set(coreOnly.level("senior").orElseThrow());

        assertThat(choice.levels()).extracting(l -> l.id()).containsExactly("junior", "senior");
        assertThat(choice.specializations()).extracting(s -> s.title()).containsExactly("Core only");
        assertThat(choice.validProperty().get()).isTrue();
        assertThat(choice.draft().frameworkId()).isEqualTo("team");
    }

    @Test
    void createStaysLockedFromSubmitUntilTheServiceAnswers() {
        fillValid();

        model.submit();
        assertThat(model.submittingProperty().get()).isTrue();

        model.rejected("A plan named \"Road\" already exists.");
        assertThat(model.submittingProperty().get()).isFalse();
        assertThat(model.submitErrorProperty().get()).contains("already exists");
    }

    @Test
    void aLadderWithTwoTracksLabelsTheLevelsOfEachTrack() {
        Framework tracks = TestFrameworks.twoTracks();
        SetupViewModel setup = new SetupViewModel(tracks, () -> LocalDate.of(2026, 5, 1));

        assertThat(setup.levels().stream().map(setup::levelLabel))
                .containsExactly(
                        "Product Manager",
                        "Senior PM",
                        "Principal PM \u00b7 Individual contributor",
                        "Group PM \u00b7 People management",
                        "Director \u00b7 People management");
        setup.currentLevelProperty().set(tracks.level("senior").orElseThrow());
        assertThat(setup.canTarget(tracks.level("principal").orElseThrow())).isTrue();
        assertThat(setup.canTarget(tracks.level("group").orElseThrow())).isTrue();
    }

    @Test
    void aLadderWithTwoTracksListsEachTracksLevelsUnderItsName() {
        SetupViewModel setup = new SetupViewModel(TestFrameworks.twoTracks(), () -> LocalDate.of(2026, 5, 1));

        assertThat(setup.levelGroups())
                .extracting(
                        g -> g.track().map(Track::title).orElse("shared"),
                        g -> g.levels().stream().map(Level::id).toList())
                .containsExactly(
                        tuple("shared", List.of("pm", "senior")),
                        tuple("Individual contributor", List.of("principal")),
                        tuple("People management", List.of("group", "director")));
    }

    @Test
    void theSetupSaysWhenALadderHasCellsWithNothingToDemonstrate() {
        SetupViewModel setup =
                new SetupViewModel(List.of(framework, TestFrameworks.twoTracks()), () -> LocalDate.of(2026, 5, 1));
        assertThat(setup.ladderNoteProperty().get()).isEmpty();

        setup.frameworkProperty().set(setup.frameworks().get(1));

        assertThat(setup.ladderNoteProperty().get())
                .isEqualTo("One cell of this ladder (a competency at a level) has neither an expectation nor "
                        + "milestones, so nothing is required there.");
    }
}
