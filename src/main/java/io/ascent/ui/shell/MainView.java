package io.ascent.ui.shell;

import io.ascent.domain.Plan;
import io.ascent.text.I18n;
import io.ascent.ui.common.FocusLater;
import io.ascent.ui.common.Icons;
import io.ascent.ui.setup.SetupView;
import io.ascent.ui.setup.SetupViewModel;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The one window's content: the top bar, the plan's pages with the sidebar, the status line at
 * the bottom; or, as {@link MainViewModel} decides, the guided setup or why a plan cannot be opened.
 */
public class MainView extends BorderPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel model;
    private final TopBar topBar;
    private final Label statusLabel = new Label();
    private final StackPane content = new StackPane();
    private final List<Page> pages;
    private final VBox sidebar = new VBox(2);
    private final ToggleGroup navigation = new ToggleGroup();
    private final BorderPane planPane = new BorderPane();
    private Page shownPage;
    private final EventHandler<KeyEvent> undoKeys = this::undoOrRedo;

    /** {@code commands} gives the top bar its plan commands (e.g. "Check in"). */
    public MainView(MainViewModel model, List<Page> pages, Commands commands) {
        this.model = model;
        this.pages = List.copyOf(pages);
        this.topBar = new TopBar(model, commands, () -> showPage("plan"));
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("main-view");
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
        Label reached = new Label();
        reached.setId("reachedBanner");
        reached.getStyleClass().add("reached-banner");
        reached.setWrapText(true);
        reached.setMaxWidth(Double.MAX_VALUE);
        reached.textProperty().bind(model.reachedProperty());
        reached.visibleProperty().bind(model.reachedProperty().isNotEmpty());
        reached.managedProperty().bind(reached.visibleProperty());
        planPane.setTop(reached);

        statusLabel.setId("statusLabel");
        HBox statusBar = new HBox(statusLabel);
        statusBar.getStyleClass().add("status-bar");
        setBottom(statusBar);
        setCenter(content);
        show(model.screenProperty().get());
    }

    private void initListeners() {
        statusLabel.textProperty().bind(model.statusTextProperty());
        model.failedProperty().addListener((obs, old, failed) -> {
            statusLabel.getStyleClass().remove("error");
            if (failed) {
                statusLabel.getStyleClass().add("error");
            }
        });
        model.screenProperty().addListener((obs, old, screen) -> show(screen));
        navigation.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                navigation.selectToggle(old);
            } else {
                showPage((Page) toggle.getUserData());
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, undoKeys);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, undoKeys);
            }
        });
    }

    private void show(Screen screen) {
        switch (screen.kind()) {
            // No spinner while the plan list and the first plan load (milliseconds): its skin and
            // animation took CPU from the start-up it was waiting for (bench/run, startup.headless).
            case LOADING -> content.getChildren().clear();
            case WELCOME, NEW_PLAN -> showSetup(screen.setup().orElseThrow(), screen.kind() == Screen.Kind.NEW_PLAN);
            case PLAN -> {
                setTop(topBar);
                content.getChildren().setAll(planPane);
                if (shownPage == null && !pages.isEmpty()) {
                    navigation.selectToggle(navigation.getToggles().get(0));
                }
            }
            case UNOPENED -> showUnopened(screen.unopened().orElseThrow());
        }
    }

    private void showSetup(SetupViewModel setupModel, boolean cancellable) {
        SetupView setup = new SetupView(setupModel, cancellable);
        setup.setOnCreate(() -> model.create(setupModel));
        setup.setOnCancel(model::cancelSetup);
        setTop(cancellable ? topBar : null);
        content.getChildren().setAll(setup);
        FocusLater.on(getScene(), () -> setup.lookup("#setupName"));
    }

    /** A chosen plan could not be opened and no other is open: explain and offer a way out. */
    private void showUnopened(Plan plan) {
        setTop(topBar);
        Label title = new Label(model.unopenedTitle(plan));
        title.getStyleClass().add("title");
        title.setWrapText(true);
        Label reason = new Label();
        reason.setId("unopenedReason");
        reason.setWrapText(true);
        reason.textProperty().bind(model.errorProperty());
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
            model.undo();
            e.consume();
        } else if (REDO.match(e) || REDO_Y.match(e)) {
            model.redo();
            e.consume();
        }
    }

    /** Shows a sidebar page and puts the keyboard focus on the control matching {@code focusQuery}. */
    public void showPage(String pageId, String focusQuery) {
        showPage(pageId);
        FocusLater.on(getScene(), () -> planPane.lookup(focusQuery));
    }

    /**
     * Shows the sidebar page with {@code pageId}, e.g. from a menu, a shortcut or a link on
     * another page, and moves the keyboard there: to the page's own control (the milestone list)
     * or to its sidebar button, so the focus ring follows the page.
     */
    public void showPage(String pageId) {
        navigation.getToggles().stream()
                .filter(t -> ((Page) t.getUserData()).id().equals(pageId))
                .findFirst()
                .ifPresent(toggle -> {
                    navigation.selectToggle(toggle);
                    Page page = (Page) toggle.getUserData();
                    FocusLater.on(
                            getScene(),
                            () -> page.focusQuery().map(planPane::lookup).orElse((Node) toggle));
                });
    }

    private void showPage(Page page) {
        shownPage = page;
        planPane.setCenter(page.view());
    }

    /** The sidebar pages, in order, for menus and shortcuts. */
    public List<Page> pages() {
        return pages;
    }
}
