package io.ascent.ui.milestones;

import io.ascent.text.I18n;
import io.ascent.ui.common.Icons;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The plan's milestones grouped by area and competency, with filters, search and a details
 * pane. Keys: Space ticks the selected milestone, Enter moves into its details, Escape comes
 * back, Ctrl+F searches.
 */
public class MilestonesView extends BorderPane {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final MilestonesViewModel model;
    private final MilestoneDetailsViewModel details;
    private final TreeView<MilestoneRow> tree = new TreeView<>();
    private final TextField search = new TextField();
    private final MilestoneDetailsView detailsView;
    private boolean showingChosen;
    private String justAdded;
    private final EventHandler<KeyEvent> findHandler = e -> {
        if (FIND.match(e)) {
            search.requestFocus();
            search.selectAll();
            e.consume();
        }
    };

    private final OwnMilestoneCommands own;

    public MilestonesView(MilestonesViewModel model, MilestoneDetailsViewModel details, OwnMilestoneCommands own) {
        this.model = model;
        this.details = details;
        this.own = own;
        this.detailsView = new MilestoneDetailsView(details, own);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("milestones-view");
        search.setId("milestoneSearch");
        search.setPromptText(I18n.t("milestones.search"));
        search.setPrefWidth(170);
        search.setMinWidth(170);
        // An icon with its words as tooltip: the filter bar is full at 900 pixels.
        Button add = Icons.on(new Button(I18n.t("own.addButton")), Feather.PLUS);
        add.setId("addOwnButton");
        add.setTooltip(new Tooltip(I18n.t("own.addTooltip")));
        add.setAccessibleText(I18n.t("own.addTooltip"));
        if (Icons.available()) {
            add.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.disableProperty().bind(own.disabled());
        add.setOnAction(
                e -> own.add(Optional.ofNullable(details.milestoneProperty().get())));
        // One row at the default size; in a narrow window the drop-downs wrap to a second row
        // rather than cut their words.
        FlowPane filters = new FlowPane(
                8,
                6,
                add,
                search,
                combo("statusFilter", model.statusChoices(), model.statusProperty()),
                combo("competencyFilter", model.competencyChoices(), model.competencyProperty()),
                combo("levelFilter", model.levelChoices(), model.levelProperty()),
                combo("specializationFilter", model.scopeChoices(), model.scopeProperty()));
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPrefWrapLength(900);
        filters.getStyleClass().add("filter-bar");
        // The count sits on its own line: beside the filters, "Showing 12 of 162 milestones"
        // pushed the details pane out of the window.
        Label summary = new Label();
        summary.setId("milestoneSummary");
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());
        Hyperlink clearLink = new Hyperlink(I18n.t("milestones.clearFilters"));
        clearLink.setId("clearFiltersLink");
        clearLink.getStyleClass().add("inline-link");
        clearLink.setOnAction(e -> model.clearFilters());
        clearLink.visibleProperty().bind(model.filteredProperty());
        clearLink.managedProperty().bind(clearLink.visibleProperty());
        HBox summaryLine = new HBox(6, summary, clearLink);
        summaryLine.setAlignment(Pos.CENTER_LEFT);
        summaryLine.getStyleClass().add("summary-line");
        setTop(new VBox(filters, summaryLine));

        tree.setId("milestoneTree");
        tree.setRoot(model.root());
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new MilestoneCell(model::toggle));
        Label empty = new Label(I18n.t("milestones.none"));
        empty.getStyleClass().add("empty-state");
        empty.setId("milestonesEmpty");
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.noMilestonesProperty());
        Label noMatch = new Label(I18n.t("milestones.noMatch"));
        noMatch.getStyleClass().add("empty-title");
        noMatch.setWrapText(true);
        Button clear = new Button(I18n.t("milestones.clearFilters"));
        clear.setId("clearFiltersButton");
        clear.setOnAction(e -> model.clearFilters());
        VBox noMatchBox = new VBox(12, noMatch, clear);
        noMatchBox.setId("milestonesNoMatch");
        noMatchBox.setAlignment(Pos.CENTER);
        noMatchBox.getStyleClass().add("empty-box");
        noMatchBox.visibleProperty().bind(model.noMatchProperty());
        tree.visibleProperty()
                .bind(empty.visibleProperty().or(noMatchBox.visibleProperty()).not());
        StackPane list = new StackPane(tree, empty, noMatchBox);
        list.getStyleClass().add("milestone-list");
        list.setMinWidth(260);
        SplitPane split = new SplitPane(list, detailsView);
        split.setDividerPositions(0.58);
        SplitPane.setResizableWithParent(detailsView, false);
        setCenter(split);
    }

    /** The details pane, for sections other features add (e.g. wins as evidence). */
    public MilestoneDetailsView detailsView() {
        return detailsView;
    }

    private void initListeners() {
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!model.rebuildingProperty().get()) {
                if (!showingChosen) {
                    model.choose(idOf(item));
                }
                details.show(idOf(item));
            }
        });
        // A rebuild (a filter, the search, another plan) moved the tree's selection to whichever
        // row took the old one's place: select the chosen milestone again, or nothing. A
        // milestone of the user's own, just added, is chosen once the list has it.
        model.rebuildsProperty().addListener((obs, old, count) -> {
            if (justAdded != null && model.item(justAdded).isPresent()) {
                model.choose(Optional.of(justAdded));
                justAdded = null;
            }
            showChosen();
        });
        // A filter, so the tree's own Space and Enter handling never sees these keys first.
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // The tree takes F2 for editing a row, which it never does here: F2 stays the menu's
            // shortcut (Rename plan) as on every other page.
            Runnable shortcut = e.getCode() == KeyCode.F2 && getScene() != null
                    ? getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.F2))
                    : null;
            if (shortcut != null) {
                shortcut.run();
                e.consume();
                return;
            }
            var selected = tree.getSelectionModel().getSelectedItem();
            if (selected == null || !(selected.getValue() instanceof MilestoneRow.ItemRow row)) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                model.toggle(row.milestone().id());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                detailsView.focusForm();
                e.consume();
            }
        });
        detailsView.setOnEscape(tree::requestFocus);
        // A milestone of the user's own, just added: the list shows it selected once it has it.
        own.addedProperty().addListener((obs, old, id) -> justAdded = id);
        // Wrapped titles change height with the width; the tree caches row heights, so re-measure.
        tree.widthProperty().addListener((obs, old, width) -> {
            if (Math.abs(width.doubleValue() - old.doubleValue()) >= 1) {
                tree.refresh();
            }
        });
        search.textProperty().bindBidirectional(model.queryProperty());
        // Ctrl+F works wherever the focus is while this page is shown.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, findHandler);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, findHandler);
            }
        });
    }

    /** Selects and shows {@code milestoneId}, clearing filters that hide it. */
    public void select(String milestoneId) {
        model.reveal(milestoneId);
    }

    /** Lists the milestones of {@code competencyId} only. */
    public void showCompetency(String competencyId) {
        model.showCompetency(competencyId);
    }

    private void showChosen() {
        showingChosen = true;
        try {
            Optional<TreeItem<MilestoneRow>> item = model.chosenItem();
            if (item.isPresent()) {
                tree.getSelectionModel().select(item.get());
                tree.scrollTo(Math.max(0, tree.getRow(item.get()) - 3));
            } else {
                tree.getSelectionModel().clearSelection();
            }
            details.show(item.flatMap(MilestonesView::idOf));
        } finally {
            showingChosen = false;
        }
    }

    private static Optional<String> idOf(TreeItem<MilestoneRow> item) {
        return item != null && item.getValue() instanceof MilestoneRow.ItemRow row
                ? Optional.of(row.milestone().id())
                : Optional.empty();
    }

    private static ComboBox<Choice> combo(String id, ObservableList<Choice> items, ObjectProperty<Choice> value) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setValue(value.get());
        box.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null) {
                value.set(choice);
            } else if (value.get() != null) {
                // Replacing the choices (another plan) makes the box's list drop its selection
                // after every listener here has run: show the model's choice again once it is done.
                Platform.runLater(() -> {
                    if (box.getValue() == null) {
                        box.setValue(value.get());
                    }
                });
            }
        });
        value.addListener((obs, old, choice) -> box.setValue(choice));
        // A long choice is cut with "..." when the window is narrow; the tooltip has it whole.
        Tooltip tip = new Tooltip();
        tip.textProperty()
                .bind(Bindings.createStringBinding(() -> String.valueOf(box.getValue()), box.valueProperty()));
        box.setTooltip(tip);
        // The competency list holds long names: its box is capped and cuts a long choice with "...".
        box.setMinWidth(ComboBox.USE_PREF_SIZE);
        box.setMaxWidth(ComboBox.USE_PREF_SIZE);
        if (id.equals("competencyFilter")) {
            box.setPrefWidth(220);
        }
        return box;
    }
}
