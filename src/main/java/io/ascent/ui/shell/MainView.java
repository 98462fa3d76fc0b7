package io.ascent.ui.shell;

import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;
import io.ascent.ui.common.Icons;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.setup.SetupView;
import io.ascent.ui.setup.SetupViewModel;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The one window's content: a top bar with the plan chooser and readiness, the plan's screen in
 * the centre, a status line at the bottom. With no plan yet, the guided setup fills the window.
 */
public class MainView extends BorderPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel model;
    private final PlanSession session;
    // A ChoiceBox, not a ComboBox: the ComboBox's skin builds a ListView with its VirtualFlow,
    // scroll bars and key bindings before the first frame, about a third of a second of
    // start-up on two cores (bench/run, startup.headless); a ChoiceBox shares the menu bar's menus.
    private final ChoiceBox<Plan> planChooser = new ChoiceBox<>();
    private final Button newButton = new Button(I18n.t("shell.newPlan"));
    private final Button renameButton = new Button(I18n.t("shell.rename"));
    private final Button deleteButton = new Button(I18n.t("shell.delete"));
    private final Button printExportButton = new Button(I18n.t("shell.printExport"));
    private final ProgressBar readinessBar = new ProgressBar(0);
    private final Label readinessLabel = new Label();
    private final Label readinessCount = new Label();
    private final Tooltip readinessTooltip = new Tooltip();
    private final Label statusLabel = new Label();
    private final StackPane content = new StackPane();
    private final HBox topBar = new HBox(10);
    private final List<Page> pages;
    private final VBox sidebar = new VBox(2);
    private final ToggleGroup navigation = new ToggleGroup();
    private final BorderPane planPane = new BorderPane();
    private Page shownPage;
    private final EventHandler<KeyEvent> undoKeys = this::undoOrRedo;
    private boolean updatingChooser;

    public MainView(MainViewModel model, List<Page> pages) {
        this.model = model;
        this.session = model.session();
        this.pages = List.copyOf(pages);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("main-view");
        planChooser.setId("planChooser");
        planChooser.setPrefWidth(260);
        planChooser.setItems(session.plans());
        planChooser.setConverter(new PlanNames());
        Icons.on(newButton, Feather.PLUS);
        Icons.on(renameButton, Feather.EDIT_2);
        Icons.on(deleteButton, Feather.TRASH_2);
        Icons.on(printExportButton, Feather.PRINTER);
        iconOnly(renameButton);
        iconOnly(deleteButton);
        newButton.setId("newPlanButton");
        renameButton.setId("renamePlanButton");
        deleteButton.setId("deletePlanButton");
        printExportButton.setId("printExportButton");
        readinessBar.setId("readinessBar");
        readinessBar.setPrefWidth(220);
        readinessLabel.setId("readinessLabel");
        readinessLabel.getStyleClass().add("readiness-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label brand = new Label("Ascent");
        brand.getStyleClass().add("brand");
        readinessCount.setId("readinessCount");
        readinessCount.getStyleClass().add("readiness-count");
        readinessCount.setMinWidth(Region.USE_PREF_SIZE);
        readinessLabel.setTooltip(readinessTooltip);
        HBox barRow = new HBox(6, readinessBar, readinessCount);
        barRow.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(readinessBar, Priority.ALWAYS);
        VBox readiness = new VBox(2, readinessLabel, barRow);
        readiness.setAlignment(Pos.CENTER_RIGHT);
        readiness.setMinWidth(150);
        readinessBar.setMaxWidth(Double.MAX_VALUE);
        brand.setMinWidth(Region.USE_PREF_SIZE);
        planChooser.setMinWidth(150);
        newButton.setMinWidth(Region.USE_PREF_SIZE);
        printExportButton.setMinWidth(Region.USE_PREF_SIZE);
        topBar.getChildren()
                .addAll(
                        brand,
                        planChooser,
                        newButton,
                        renameButton,
                        deleteButton,
                        spacer,
                        readiness,
                        printExportButton);
        topBar.getStyleClass().add("top-bar");
        topBar.setAlignment(Pos.CENTER_LEFT);

        sidebar.getStyleClass().add("sidebar");
        for (Page page : pages) {
            ToggleButton button = new ToggleButton(page.title(), Icons.forPage(page.id()));
            button.setGraphicTextGap(10);
            button.setId("nav-" + page.id());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setUserData(page);
            button.setToggleGroup(navigation);
            sidebar.getChildren().add(button);
        }
        planPane.setLeft(sidebar);

        statusLabel.setId("statusLabel");
        HBox statusBar = new HBox(statusLabel);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
        setCenter(content);
        showLoading();
    }

    private void initListeners() {
        statusLabel
                .textProperty()
                .bind(Bindings.when(session.errorProperty().isEmpty())
                        .then(session.statusProperty())
                        .otherwise(session.errorProperty()));
        session.errorProperty().addListener((obs, old, error) -> {
            statusLabel.getStyleClass().remove("error");
            if (!error.isEmpty()) {
                statusLabel.getStyleClass().add("error");
            }
        });
        session.currentProperty().addListener((obs, old, view) -> showPlan(view));
        session.loadedProperty()
                .addListener(
                        (obs, old, loaded) -> showPlan(session.currentProperty().get()));
        session.plans().addListener((ListChangeListener<Plan>)
                c -> selectInChooser(session.currentProperty().get()));
        session.unopenedProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                showUnopened(plan);
            }
        });
        planChooser.valueProperty().addListener((obs, old, plan) -> {
            if (!updatingChooser && plan != null) {
                session.open(plan.id());
            }
        });
        navigation.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                navigation.selectToggle(old);
            } else {
                showPage((Page) toggle.getUserData());
            }
        });
        newButton.setOnAction(e -> showSetup(true));
        renameButton.setOnAction(e -> model.renameCurrent());
        deleteButton.setOnAction(e -> model.deleteCurrent());
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, undoKeys);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, undoKeys);
            }
        });
        renameButton.disableProperty().bind(session.currentProperty().isNull());
        deleteButton.disableProperty().bind(session.currentProperty().isNull());
        printExportButton.setOnAction(e -> showPage("plan"));
        printExportButton.disableProperty().bind(session.currentProperty().isNull());
    }

    private void showPlan(PlanSnapshot view) {
        if (!session.loadedProperty().get()) {
            return;
        }
        if (view == null) {
            if (session.plans().isEmpty()) {
                showSetup(false);
            }
            return;
        }
        selectInChooser(view);
        readinessBar.setProgress(view.readiness().fraction());
        String percent = I18n.percent(view.readiness().fraction());
        String target = view.framework()
                .level(view.plan().targetLevelId())
                .map(l -> l.title())
                .orElse("?");
        // Short words above the bar and the bare count beside it, so Spanish and Chinese fit the
        // default window; the whole sentence is the tooltip and what a screen reader says.
        String sentence = I18n.t(
                "shell.readiness",
                percent,
                target,
                view.readiness().done(),
                view.readiness().required());
        readinessLabel.setText(I18n.t("shell.readiness.short", percent, target));
        readinessCount.setText(I18n.t(
                "shell.readiness.count",
                view.readiness().done(),
                view.readiness().required()));
        readinessTooltip.setText(sentence);
        readinessLabel.setAccessibleText(sentence);
        model.titleProperty().set(I18n.t("app.title.plan", view.plan().name()));
        if (getTop() == null
                || content.getChildren().isEmpty()
                || content.getChildren().get(0) != planPane) {
            setTop(topBar);
            content.getChildren().setAll(planPane);
            if (shownPage == null && !pages.isEmpty()) {
                navigation.selectToggle(navigation.getToggles().get(0));
            }
        }
    }

    /** A chosen plan could not be opened: stay on the open one, or explain and offer a way out. */
    private void showUnopened(Plan plan) {
        PlanSnapshot open = session.currentProperty().get();
        if (open != null) {
            selectInChooser(open);
            return;
        }
        setTop(topBar);
        updatingChooser = true;
        planChooser.setValue(plan);
        updatingChooser = false;
        readinessBar.setProgress(0);
        readinessLabel.setText("");
        readinessCount.setText("");
        readinessTooltip.setText("");
        model.titleProperty().set(I18n.t("app.title.plan", plan.name()));
        Label title = new Label(I18n.t("shell.unopened.title", plan.name()));
        title.getStyleClass().add("title");
        title.setWrapText(true);
        Label reason = new Label();
        reason.setId("unopenedReason");
        reason.setWrapText(true);
        reason.textProperty().bind(session.errorProperty());
        Label hint = new Label(I18n.t("shell.unopened.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Button delete = new Button(I18n.t("shell.unopened.delete"));
        delete.setId("deleteUnopenedButton");
        delete.setOnAction(e -> model.delete(plan));
        VBox page = new VBox(14, title, reason, hint, delete);
        page.getStyleClass().add("startup-error");
        page.setMaxWidth(640);
        content.getChildren().setAll(page);
    }

    // Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo plan changes; a text field keeps its own undo.
    private void undoOrRedo(KeyEvent e) {
        if (getScene() == null || getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (UNDO.match(e)) {
            session.undo();
            e.consume();
        } else if (REDO.match(e) || REDO_Y.match(e)) {
            session.redo();
            e.consume();
        }
    }

    /**
     * Rename and Delete show only their icons to leave room in the top bar; the words stay as
     * tooltip and as the text screen readers announce. Without the icon font they show the words.
     */
    private static void iconOnly(Button button) {
        button.setTooltip(new Tooltip(button.getText()));
        button.setAccessibleText(button.getText());
        if (Icons.available()) {
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        button.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Adds a plan command (e.g. "Check in") to the top bar, after the plan buttons. */
    public void addTopBarButton(Button button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        int at = topBar.getChildren().indexOf(deleteButton) + 1;
        topBar.getChildren().add(at, button);
    }

    /** Shows a sidebar page and puts the keyboard focus on the control matching {@code focusQuery}. */
    public void showPage(String pageId, String focusQuery) {
        showPage(pageId);
        Platform.runLater(() -> {
            Node target = planPane.lookup(focusQuery);
            if (target != null) {
                target.requestFocus();
            }
        });
    }

    /** Shows the sidebar page with {@code pageId}, e.g. from a menu or a link on another page. */
    public void showPage(String pageId) {
        navigation.getToggles().stream()
                .filter(t -> ((Page) t.getUserData()).id().equals(pageId))
                .findFirst()
                .ifPresent(navigation::selectToggle);
    }

    private void showPage(Page page) {
        shownPage = page;
        planPane.setCenter(page.view());
    }

    private void selectInChooser(PlanSnapshot view) {
        updatingChooser = true;
        try {
            Plan match = view == null
                    ? null
                    : session.plans().stream()
                            .filter(p -> p.id() == view.plan().id())
                            .findFirst()
                            .orElse(null);
            planChooser.setValue(match);
        } finally {
            updatingChooser = false;
        }
    }

    /** Opens the guided setup for another plan (File > New plan). */
    public void newPlan() {
        if (session.loadedProperty().get()) {
            showSetup(!session.plans().isEmpty());
        }
    }

    /** The sidebar pages, in order, for menus and shortcuts. */
    public List<Page> pages() {
        return pages;
    }

    private void showSetup(boolean cancellable) {
        SetupViewModel setupModel = new SetupViewModel(model.frameworks(), LocalDate::now);
        SetupView setup = new SetupView(setupModel, cancellable);
        setup.setOnCreate(() -> {
            if (!setupModel.submittingProperty().get()) {
                session.create(setupModel.submit(), plan -> {}, setupModel::rejected);
            }
        });
        setup.setOnCancel(() -> showPlan(session.currentProperty().get()));
        setTop(cancellable ? topBar : null);
        content.getChildren().setAll(setup);
        model.titleProperty().set(I18n.t(cancellable ? "app.title.newPlan" : "app.title.welcome"));
        setupModel.nameProperty().set("");
        setup.lookupAll("#setupName").forEach(Node::requestFocus);
    }

    // No spinner while the plan list and the first plan load (milliseconds): its skin and
    // animation took CPU from the start-up it was waiting for (bench/run, startup.headless).
    private void showLoading() {
        content.getChildren().clear();
    }

    /** The plan chooser shows plans by name; it never turns text back into a plan. */
    private static final class PlanNames extends StringConverter<Plan> {
        @Override
        public String toString(Plan plan) {
            return plan == null ? "" : plan.name();
        }

        @Override
        public Plan fromString(String text) {
            throw new UnsupportedOperationException("plans are chosen, not typed");
        }
    }
}
