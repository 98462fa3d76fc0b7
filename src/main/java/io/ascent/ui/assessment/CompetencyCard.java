package io.ascent.ui.assessment;

import io.ascent.domain.Competency;
import io.ascent.domain.Level;
import io.ascent.domain.Rating;
import io.ascent.text.I18n;
import io.ascent.ui.common.ConflictBox;
import io.ascent.ui.common.GuardedText;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One competency to rate: a button per level, the expectations of the chosen (or hovered)
 * level and its neighbours ({@link ExpectationPreview}), a justification that saves when the
 * field is left, and the reviewer's rating beside it once a review is imported.
 */
final class CompetencyCard extends VBox {

    private final AssessmentViewModel model;
    private final Competency competency;
    private final List<Level> levels;
    private final ToggleGroup group = new ToggleGroup();
    private final ExpectationPreview preview;
    private final TextField justification = new TextField();
    private final GuardedText typed = new GuardedText();
    private boolean shown;
    private final Hyperlink clear = new Hyperlink(I18n.t("assessment.clear"));
    private boolean updating;
    // Held here so the weak listener lives exactly as long as the card.
    private final ChangeListener<Map<String, Rating>> ratingsListener =
            (obs, old, map) -> show(map.get(competency().id()));

    CompetencyCard(AssessmentViewModel model, Competency competency, List<Level> levels) {
        this.model = model;
        this.competency = competency;
        this.levels = List.copyOf(levels);
        this.preview = new ExpectationPreview(model, competency, this.levels);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().addAll("card", "competency-card");
        setSpacing(8);
        String key = AssessmentView.safeId(competency.id());
        setId("rate-" + key);
        Label title = new Label(competency.title());
        title.getStyleClass().add("competency-title");
        Label area = new Label(competency.area());
        area.getStyleClass().add("badge");
        clear.setId("clear-" + key);
        clear.setFocusTraversable(true);
        HBox heading = new HBox(10, title, area, clear);
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(4);
        buttons.getStyleClass().add("level-picker");
        for (Level level : levels) {
            // Six levels in a row: their short names ("Director"), the full title in the tooltip.
            ToggleButton b = new ToggleButton(level.shortTitle());
            b.setTooltip(new Tooltip(level.title()));
            b.setId("rate-" + key + "-" + AssessmentView.safeId(level.id()));
            b.setUserData(level);
            b.setToggleGroup(group);
            b.hoverProperty().addListener((obs, was, is) -> preview.show(is ? level : selectedLevel()));
            buttons.getChildren().add(b);
        }
        justification.setId("justify-" + key);
        justification.setPromptText(I18n.t("assessment.justification.prompt"));
        justification.textProperty().bindBidirectional(typed.textProperty());
        ConflictBox conflict = new ConflictBox(
                "justify-" + key,
                typed.theirsProperty(),
                () -> {
                    typed.keepMine();
                    commit();
                },
                typed::takeTheirs);
        getChildren()
                .addAll(
                        heading,
                        buttons,
                        preview,
                        justification,
                        conflict,
                        new ReviewBeside(competency.id(), model.comparisonProperty()));
    }

    private void initListeners() {
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (updating) {
                return;
            }
            if (toggle == null) {
                // A second click on the chosen level keeps it: clearing is the explicit button's job,
                // so a stray click never wipes a rating and its justification.
                group.selectToggle(old);
                return;
            }
            preview.show(selectedLevel());
            model.rate(competency.id(), ((Level) toggle.getUserData()).id());
        });
        clear.setOnAction(e -> model.rate(competency.id(), ""));
        justification.setOnAction(e -> commit());
        justification.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        model.ratingsProperty().addListener(new WeakChangeListener<>(ratingsListener));
        show(model.ratingsProperty().get().get(competency.id()));
    }

    private void show(Rating rating) {
        updating = true;
        try {
            group.getToggles().stream()
                    .filter(t ->
                            rating != null && ((Level) t.getUserData()).id().equals(rating.levelId()))
                    .findFirst()
                    .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
            justification.setDisable(rating == null);
            clear.setVisible(rating != null);
            // Typed text is never replaced by a refresh: over a change saved elsewhere it stays,
            // with that change beside it.
            String stored = rating == null ? "" : rating.justification();
            if (!shown) {
                typed.reset(stored);
                shown = true;
            } else if (model.justificationConflictShown(competency.id())) {
                typed.conflict(stored);
            } else {
                typed.stored(stored);
            }
            preview.show(selectedLevel());
        } finally {
            updating = false;
        }
    }

    /** Saves the typed justification, unless it waits for the user to choose it or the saved one. */
    private void commit() {
        if (!typed.inConflict() && model.justify(competency.id(), typed.text())) {
            typed.saving();
        }
    }

    private Competency competency() {
        return competency;
    }

    private Level selectedLevel() {
        return group.getSelectedToggle() == null
                ? null
                : (Level) group.getSelectedToggle().getUserData();
    }
}
