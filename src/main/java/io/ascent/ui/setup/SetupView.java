package io.ascent.ui.setup;

import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Specialization;
import io.ascent.domain.Track;
import io.ascent.text.I18n;
import io.ascent.ui.common.DateField;
import io.ascent.ui.common.SteadyLabel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/**
 * The guided setup: name, current level, target level, specialization, optional date. The form
 * scrolls; Create and Cancel stay in a bar under it, so they are always in the window.
 */
public class SetupView extends BorderPane {

    /** The scrolling form's style class. */
    public static final String STYLE_CLASS = "setup-view";

    private final SetupViewModel model;
    private final boolean cancellable;
    private final ToggleGroup currentGroup = new ToggleGroup();
    private final ToggleGroup targetGroup = new ToggleGroup();
    private final Button createButton = new Button(I18n.t("setup.create"));
    private final Button cancelButton = new Button(I18n.t("setup.cancel"));
    private final VBox current = new VBox(6);
    private final VBox target = new VBox(6);
    private final SegmentedButton specs = new SegmentedButton();
    private final DateField date = new DateField();
    private SteadyLabel specHint;

    public SetupView(SetupViewModel model, boolean cancellable) {
        this.model = model;
        this.cancellable = cancellable;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("setup-page");

        Label title = new Label(I18n.t(cancellable ? "setup.title.new" : "setup.title.welcome"));
        title.getStyleClass().add("title");
        Label intro = new Label(I18n.t("setup.intro"));
        intro.getStyleClass().add("intro");
        intro.setWrapText(true);

        TextField name = new TextField();
        name.setId("setupName");
        name.setPromptText(I18n.t("setup.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        VBox nameBox = field(I18n.t("setup.name"), name, error("setupNameError", model.nameErrorProperty()));

        // The summary keeps the height of the longest one, so choosing a level moves nothing below it.
        SteadyLabel summaryBox = new SteadyLabel(summaries(), "level-summary");
        Label currentSummary = summaryBox.label();
        currentSummary.setId("setupLevelSummary");
        currentSummary
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.currentLevelProperty().get() == null
                                ? I18n.t("setup.current.hint")
                                : model.currentLevelProperty().get().summary(),
                        model.currentLevelProperty()));
        VBox currentBox = field(I18n.t("setup.current"), current, new Label());
        VBox targetBox = field(I18n.t("setup.target"), target, error("setupTargetError", model.targetErrorProperty()));
        HBox levelColumns = new HBox(24, currentBox, targetBox);
        // Under both columns, at the form's full width: the longest summary takes three lines, not six.
        VBox ladders = new VBox(4, levelColumns, summaryBox);
        HBox.setHgrow(currentBox, Priority.ALWAYS);
        currentBox.setSpacing(2);
        HBox.setHgrow(targetBox, Priority.ALWAYS);
        currentBox.setPrefWidth(1);
        targetBox.setPrefWidth(1);

        specs.setId("setupSpecialization");
        fillChoices();
        specs.getToggleGroup().selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null && old != null) {
                // A choice that must have a value: Space on the chosen one must not empty it.
                old.setSelected(true);
            } else {
                model.specializationProperty().set(toggle == null ? null : (Specialization) toggle.getUserData());
            }
        });
        SteadyLabel specHintBox = new SteadyLabel(specHints(), "hint");
        specHint = specHintBox;
        specHintBox
                .label()
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.specializationProperty().get() == null
                                ? I18n.t("setup.specialization.hint")
                                : model.specializationProperty().get().description(),
                        model.specializationProperty()));
        VBox specBox = field(I18n.t("setup.specialization"), new VBox(6, specs, specHintBox), new Label());

        date.setId("setupTargetDate");
        date.valueProperty().bindBidirectional(model.targetDateProperty());
        model.dateUnreadableProperty().bind(date.unreadableProperty());
        // The field's own refusal ("31/02/2020 is not a date") first, then the model's (a past date).
        StringBinding dateError = Bindings.createStringBinding(
                () -> date.getProblem().isEmpty() ? model.dateErrorProperty().get() : date.getProblem(),
                date.problemProperty(),
                model.dateErrorProperty());
        VBox dateBox = field(I18n.t("setup.date"), date, error("setupDateError", dateError));

        createButton.setId("createPlanButton");
        createButton.setDefaultButton(true);
        createButton.getStyleClass().add("accent");
        cancelButton.setId("cancelSetupButton");
        cancelButton.setCancelButton(true);
        cancelButton.setVisible(cancellable);
        cancelButton.setManaged(cancellable);
        Label submitError = error("setupSubmitError", model.submitErrorProperty());
        Label createHint = error("setupCreateHint", model.createHintProperty());
        createHint.getStyleClass().setAll("label", "hint");
        HBox actions = new HBox(12, createButton, cancelButton, submitError, createHint);
        actions.setId("setupActions");
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("setup-actions-row");
        actions.setMaxWidth(780);
        HBox.setHgrow(submitError, Priority.SOMETIMES);
        HBox.setHgrow(createHint, Priority.SOMETIMES);

        Label ladderNote = new Label();
        ladderNote.setId("setupLadderNote");
        ladderNote.getStyleClass().add("hint");
        ladderNote.setWrapText(true);
        ladderNote.textProperty().bind(model.ladderNoteProperty());
        ladderNote.visibleProperty().bind(Bindings.isNotEmpty(model.ladderNoteProperty()));
        ladderNote.managedProperty().bind(ladderNote.visibleProperty());

        VBox form = new VBox(18, title, intro, nameBox, ladders, ladderNote, specBox, dateBox);
        if (model.frameworks().size() > 1) {
            form.getChildren().add(3, frameworkField());
        }
        form.getStyleClass().add("setup-form");
        form.setMaxWidth(860);
        VBox page = new VBox(form);
        page.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroller = new ScrollPane(page);
        scroller.getStyleClass().add(STYLE_CLASS);
        scroller.setFitToWidth(true);
        VBox bar = new VBox(actions);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("setup-actions");
        setCenter(scroller);
        setBottom(bar);
    }

    private void initListeners() {
        createButton.disableProperty().bind(model.validProperty().not().or(model.submittingProperty()));
        currentGroup
                .selectedToggleProperty()
                .addListener((obs, old, toggle) ->
                        model.currentLevelProperty().set(toggle == null ? null : (Level) toggle.getUserData()));
        targetGroup
                .selectedToggleProperty()
                .addListener((obs, old, toggle) ->
                        model.targetLevelProperty().set(toggle == null ? null : (Level) toggle.getUserData()));
        model.targetLevelProperty().addListener((obs, old, level) -> {
            if (level == null) {
                targetGroup.selectToggle(null);
            }
        });
        model.currentLevelProperty()
                .addListener((obs, old, level) -> targetGroup
                        .getToggles()
                        .forEach(t -> ((RadioButton) t).setDisable(!model.canTarget((Level) t.getUserData()))));
    }

    /** (Re)builds the level and specialization choices of the chosen framework. */
    private void fillChoices() {
        for (ToggleGroup group : new ToggleGroup[] {currentGroup, targetGroup}) {
            group.selectToggle(null);
            group.getToggles().clear();
        }
        current.getChildren().clear();
        for (LevelGroup g : model.levelGroups()) {
            g.track().ifPresent(t -> current.getChildren().add(trackHeading("current", t)));
            for (Level level : g.levels()) {
                current.getChildren().add(levelChoice("current-" + level.id(), level, currentGroup, false));
            }
        }
        target.getChildren().clear();
        for (LevelGroup g : model.levelGroups()) {
            g.track().ifPresent(t -> target.getChildren().add(trackHeading("target", t)));
            for (Level level : g.levels()) {
                target.getChildren()
                        .add(levelChoice(
                                "target-" + level.id(),
                                level,
                                targetGroup,
                                SetupViewModel.HIGHLIGHTED_TARGETS.contains(level.id())));
            }
        }
        specs.getButtons().clear();
        for (Specialization s : model.specializations()) {
            ToggleButton b = new ToggleButton(s.title());
            b.setId("spec-" + s.id());
            b.setUserData(s);
            boolean chosen = s.equals(model.specializationProperty().get());
            specs.getButtons().add(b);
            b.setSelected(chosen);
        }
    }

    private List<String> summaries() {
        List<String> texts = new ArrayList<>(List.of(I18n.t("setup.current.hint")));
        model.frameworks().forEach(f -> f.levels().forEach(l -> texts.add(l.summary())));
        return texts;
    }

    private List<String> specHints() {
        List<String> texts = new ArrayList<>(List.of(I18n.t("setup.specialization.hint")));
        model.frameworks().forEach(f -> f.specializations().forEach(sp -> texts.add(sp.description())));
        return texts;
    }

    private VBox frameworkField() {
        ComboBox<Framework> chooser = new ComboBox<>();
        chooser.setId("setupFramework");
        chooser.getItems().setAll(model.frameworks());
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Framework f) {
                return f == null ? "" : f.name();
            }

            @Override
            public Framework fromString(String text) {
                return null;
            }
        });
        chooser.valueProperty().bindBidirectional(model.frameworkProperty());
        model.frameworkProperty().addListener((obs, old, f) -> fillChoices());
        return field(I18n.t("setup.framework"), chooser, new Label());
    }

    public void setOnCreate(Runnable action) {
        createButton.setOnAction(e -> {
            // Enter in the date field fires Create before the field is left: take the typed date first.
            date.commit();
            if (model.validProperty().get()) {
                action.run();
            }
        });
    }

    public void setOnCancel(Runnable action) {
        cancelButton.setOnAction(e -> action.run());
    }

    /** A track's name above its levels ("Individual contributor"), its description in the tooltip. */
    private static Label trackHeading(String column, Track track) {
        Label heading = new Label(track.title());
        heading.setId(column + "-track-" + track.id());
        heading.getStyleClass().add("track-heading");
        if (!track.description().isEmpty()) {
            Tooltip tooltip = new Tooltip(track.description());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(360);
            heading.setTooltip(tooltip);
        }
        return heading;
    }

    private VBox levelChoice(String id, Level level, ToggleGroup group, boolean highlighted) {
        // The track's heading above says which path a level is on; screen readers hear it with the title.
        RadioButton button = new RadioButton(level.title());
        button.setAccessibleText(model.levelLabel(level));
        button.setId(id);
        button.setUserData(level);
        button.setToggleGroup(group);
        button.getStyleClass().add("level-choice");
        VBox box = new VBox(2, button);
        if (highlighted) {
            button.getStyleClass().add("highlighted");
            Label badge = new Label(I18n.t("setup.target.common"));
            badge.getStyleClass().add("badge");
            button.setGraphic(null);
            box.getChildren().setAll(new HBox(8, button, badge));
        }
        if (!level.summary().isEmpty()) {
            button.setTooltip(new Tooltip(level.summary()));
        }
        return box;
    }

    private static VBox field(String label, Node control, Label error) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        VBox box = new VBox(6, caption, control, error);
        box.getStyleClass().add("field");
        return box;
    }

    private static Label error(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
