package io.ascent.ui.milestones;

import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.text.StatusText;
import io.ascent.text.I18n;
import io.ascent.ui.common.ConflictBox;
import io.ascent.ui.common.DateField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/** The selected milestone: what it asks, what is expected at its level, and the user's progress on it. */
public class MilestoneDetailsView extends StackPane {

    private final MilestoneDetailsViewModel model;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label description = new Label();
    private final Label expectation = new Label();
    private final Map<MilestoneStatus, ToggleButton> statusButtons = new EnumMap<>(MilestoneStatus.class);
    private final SegmentedButton statusBar = new SegmentedButton();
    private final DateField dueDate = new DateField();
    private final DateField doneDate = new DateField();
    private final TextArea evidence = new TextArea();
    private final TextArea notes = new TextArea();
    private final LinksEditor links;
    private final Label problem = new Label();
    private final Label verdict = new Label();
    private final VBox form = new VBox(8);
    private final ScrollPane scroll = new ScrollPane();
    private final Label placeholder = new Label(I18n.t("details.placeholder"));
    private final HBox ownBar;

    public MilestoneDetailsView(MilestoneDetailsViewModel model, OwnMilestoneCommands own) {
        this.model = model;
        this.links = new LinksEditor(model);
        this.ownBar = ownBar(own);
        createView();
        initListeners();
    }

    /** "Yours", Edit and Remove, shown for a milestone of the user's own. */
    private HBox ownBar(OwnMilestoneCommands own) {
        Label badge = new Label(I18n.t("milestones.ownBadge"));
        badge.getStyleClass().add("badge");
        Button edit = new Button(I18n.t("own.edit"));
        edit.setId("editOwnButton");
        edit.setOnAction(e -> own.edit(model.milestoneProperty().get().id()));
        Button remove = new Button(I18n.t("own.remove"));
        remove.setId("removeOwnButton");
        remove.setOnAction(e -> own.remove(model.milestoneProperty().get().id()));
        edit.disableProperty().bind(model.lockedProperty());
        remove.disableProperty().bind(model.lockedProperty());
        HBox bar = new HBox(8, badge, edit, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.milestoneProperty().get() != null
                                && model.milestoneProperty().get().isOwn(),
                        model.milestoneProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void createView() {
        setId("milestoneDetails");
        getStyleClass().add("milestone-details");
        title.setId("detailsTitle");
        title.getStyleClass().add("details-title");
        subtitle.getStyleClass().add("details-subtitle");
        expectation.setId("detailsExpectation");
        expectation.getStyleClass().add("details-expectation");
        for (Label l : new Label[] {title, subtitle, description, expectation, placeholder, problem}) {
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE);
        }
        for (MilestoneStatus s : MilestoneStatus.values()) {
            ToggleButton b = new ToggleButton(StatusText.of(s));
            b.setId("status"
                    + (s == MilestoneStatus.TODO ? "Todo" : s == MilestoneStatus.DONE ? "Done" : "InProgress"));
            b.setUserData(s);
            statusButtons.put(s, b);
            statusBar.getButtons().add(b);
        }
        statusBar.setToggleGroup(new ToggleGroup());
        dueDate.setId("dueDatePicker");
        doneDate.setId("doneDatePicker");
        // Side by side when the pane is wide enough, one under the other when it is not.
        FlowPane dates = new FlowPane(
                16, 4, dateField(I18n.t("details.due"), dueDate), dateField(I18n.t("details.doneOn"), doneDate));
        doneDate.getParent().visibleProperty().bind(model.statusProperty().isEqualTo(MilestoneStatus.DONE));
        doneDate.getParent().managedProperty().bind(doneDate.getParent().visibleProperty());
        evidence.setId("evidenceArea");
        evidence.setPromptText(I18n.t("details.evidence.prompt"));
        notes.setId("notesArea");
        notes.setPromptText(I18n.t("details.notes.prompt"));
        for (TextArea area : new TextArea[] {evidence, notes}) {
            area.setWrapText(true);
            area.setPrefRowCount(4);
        }
        verdict.setId("detailsVerdict");
        verdict.getStyleClass().add("review-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdictProperty());
        verdict.visibleProperty().bind(model.verdictProperty().isNotEmpty());
        verdict.managedProperty().bind(verdict.visibleProperty());
        problem.setId("detailsProblem");
        problem.getStyleClass().add("field-error");
        form.getChildren()
                .addAll(
                        ownBar,
                        title,
                        subtitle,
                        verdict,
                        description,
                        heading(I18n.t("details.expected")),
                        expectation,
                        heading(I18n.t("details.status")),
                        statusBar,
                        dates,
                        heading(I18n.t("details.evidence")),
                        hint(I18n.t("details.evidence.hint")),
                        evidence,
                        new ConflictBox(
                                "evidence",
                                model.evidenceTheirsProperty(),
                                model::keepMyEvidence,
                                model::takeSavedEvidence),
                        heading(I18n.t("details.notes")),
                        hint(I18n.t("details.notes.hint")),
                        notes,
                        new ConflictBox(
                                "notes", model.notesTheirsProperty(), model::keepMyNotes, model::takeSavedNotes),
                        heading(I18n.t("details.links")),
                        links,
                        problem);
        form.getStyleClass().add("details-form");
        scroll.setContent(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        placeholder.getStyleClass().add("empty-state");
        placeholder.setId("detailsPlaceholder");
        StackPane.setAlignment(placeholder, Pos.TOP_LEFT);
        scroll.visibleProperty().bind(model.milestoneProperty().isNotNull());
        placeholder.visibleProperty().bind(scroll.visibleProperty().not());
        getChildren().addAll(scroll, placeholder);
    }

    private void initListeners() {
        model.milestoneProperty().addListener((obs, old, m) -> {
            title.setText(m == null ? "" : m.title());
            description.setText(m == null ? "" : m.description());
            description.setVisible(m != null && !m.description().isEmpty());
            description.setManaged(description.isVisible());
            dueDate.clearTyping();
            doneDate.clearTyping();
            // Another milestone starts at its title, not where the last one was scrolled to.
            scroll.setVvalue(0);
        });
        subtitle.textProperty().bind(model.competencyLevelProperty());
        expectation.textProperty().bind(model.expectationProperty());
        model.statusProperty().addListener((obs, old, s) -> selectStatus(s));
        selectStatus(model.statusProperty().get());
        statusBar.getToggleGroup().selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                selectStatus(model.statusProperty().get());
            } else {
                model.statusProperty().set((MilestoneStatus) toggle.getUserData());
            }
        });
        dueDate.valueProperty().bindBidirectional(model.dueDateProperty());
        doneDate.valueProperty().bindBidirectional(model.doneDateProperty());
        evidence.textProperty().bindBidirectional(model.evidenceProperty());
        notes.textProperty().bindBidirectional(model.notesProperty());
        evidence.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.commitEvidence();
            }
        });
        notes.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.commitNotes();
            }
        });
        List<Node> fields = new ArrayList<>(List.of(dueDate, doneDate, evidence, notes));
        fields.addAll(links.focusable());
        for (Node field : fields) {
            field.focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    scrollIntoView(field);
                }
            });
        }
        // A reached plan is kept as it was: its details can be read, not changed.
        statusBar.disableProperty().bind(model.lockedProperty());
        dueDate.disableProperty().bind(model.lockedProperty());
        doneDate.disableProperty().bind(model.lockedProperty());
        evidence.editableProperty().bind(model.lockedProperty().not());
        notes.editableProperty().bind(model.lockedProperty().not());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
    }

    /** Moves the keyboard into the pane, at the evidence field where most typing happens. */
    public void focusForm() {
        if (model.milestoneProperty().get() != null) {
            evidence.requestFocus();
        }
    }

    /** Returns focus to the list when Escape is pressed inside the pane. */
    public void setOnEscape(Runnable action) {
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                action.run();
                e.consume();
            }
        });
    }

    /** Keeps the field being typed in on screen, e.g. after Tab from the evidence into the links. */
    private void scrollIntoView(Node field) {
        double viewport = scroll.getViewportBounds().getHeight();
        double content = form.getHeight();
        if (content <= viewport) {
            return;
        }
        Bounds b = form.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double top = scroll.getVvalue() * (content - viewport);
        if (b.getMinY() < top) {
            top = b.getMinY() - 8;
        } else if (b.getMaxY() > top + viewport) {
            top = b.getMaxY() - viewport + 8;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / (content - viewport))));
    }

    private void selectStatus(MilestoneStatus s) {
        ToggleButton b = statusButtons.get(s == null ? MilestoneStatus.TODO : s);
        if (!b.isSelected()) {
            b.setSelected(true);
        }
    }

    /** Adds a section (e.g. the wins that serve as evidence) above the form's problem line. */
    public void addSection(Node section) {
        form.getChildren().add(form.getChildren().indexOf(problem), section);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-heading");
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add("hint");
        return l;
    }

    /** A date with its heading and, below it, why typed text was refused. */
    private static Node dateField(String label, DateField control) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Label.USE_PREF_SIZE);
        error.textProperty().bind(control.problemProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(control.problemProperty()));
        error.managedProperty().bind(error.visibleProperty());
        control.setPrefWidth(170);
        VBox box = new VBox(4, heading(label), control, error);
        box.setPrefWidth(170);
        return box;
    }
}
