package io.ascent.ui.shell;

import io.ascent.domain.Plan;
import io.ascent.text.I18n;
import io.ascent.ui.common.Icons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The bar above the plan: the plan chooser, New / Rename / Delete, the plan's commands (e.g.
 * "Check in"), the readiness toward the target, and Print / Export.
 */
class TopBar extends HBox {

    private final MainViewModel model;
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
    // Buttons that show only their icon when the window is too narrow for their words.
    private final List<Button> shrinkable = new ArrayList<>();
    private final VBox readinessBox = new VBox(2);
    private final Map<Button, Double> fullWidths = new HashMap<>();
    private boolean updatingChooser;

    /** The plan commands of {@code commands} that have a button ("Check in") go after the plan buttons. */
    TopBar(MainViewModel model, Commands commands, Runnable printExport) {
        super(10);
        this.model = model;
        createView(commands);
        initListeners(printExport);
    }

    private void createView(Commands commands) {
        planChooser.setId("planChooser");
        planChooser.setPrefWidth(260);
        planChooser.setItems(model.plans());
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
        VBox readiness = readinessBox;
        readiness.getChildren().addAll(readinessLabel, barRow);
        readiness.setAlignment(Pos.CENTER_RIGHT);
        readiness.setMinWidth(110);
        readinessBar.setMaxWidth(Double.MAX_VALUE);
        brand.setMinWidth(Region.USE_PREF_SIZE);
        planChooser.setMinWidth(130);
        newButton.setMinWidth(Region.USE_PREF_SIZE);
        printExportButton.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(brand, planChooser, newButton, renameButton, deleteButton);
        shrinkable.add(printExportButton);
        shrinkable.add(newButton);
        commands.get(Commands.CHECK_IN).ifPresent(checkIn -> {
            Button button = checkInButton(checkIn);
            getChildren().add(button);
            shrinkable.add(button);
        });
        getChildren().addAll(spacer, readiness, printExportButton);
        for (Button b : shrinkable) {
            b.setTooltip(new Tooltip(b.getText()));
            b.setAccessibleText(b.getText());
        }
        getStyleClass().add("top-bar");
        setAlignment(Pos.CENTER_LEFT);
    }

    private void initListeners(Runnable printExport) {
        model.readinessProperty().addListener((obs, old, words) -> showReadiness(words));
        showReadiness(model.readinessProperty().get());
        model.chosenPlanProperty().addListener((obs, old, plan) -> select(plan));
        select(model.chosenPlanProperty().get());
        // The chooser may drop its value when its items are replaced: show the chosen plan again.
        model.plans().addListener((ListChangeListener<Plan>)
                c -> select(model.chosenPlanProperty().get()));
        planChooser.valueProperty().addListener((obs, old, plan) -> {
            if (!updatingChooser && plan != null) {
                model.open(plan);
            }
        });
        newButton.setOnAction(e -> model.newPlan());
        renameButton.setOnAction(e -> model.renameCurrent());
        deleteButton.setOnAction(e -> model.deleteCurrent());
        renameButton.disableProperty().bind(model.noPlanProperty());
        deleteButton.disableProperty().bind(model.noPlanProperty());
        printExportButton.setOnAction(e -> printExport.run());
        printExportButton.disableProperty().bind(model.noPlanProperty());
    }

    @Override
    protected double computeMinWidth(double height) {
        // The bar fits any window from the least width on by dropping words (see layoutChildren);
        // its buttons' own least widths must not make the whole window wider than the screen.
        return snappedLeftInset() + snappedRightInset();
    }

    /**
     * When the window is too narrow for every word (900 px in Spanish), Print / Export, then New
     * plan, then Check in show only their icons, one at a time until the bar fits; the words stay
     * in tooltips and for screen readers.
     */
    @Override
    protected void layoutChildren() {
        double iconOnly = renameButton.prefWidth(-1);
        double needed = snappedLeftInset()
                + snappedRightInset()
                + getSpacing() * (getChildren().size() - 1);
        for (Node child : getChildren()) {
            if (child instanceof Button b && shrinkable.contains(b)) {
                if (b.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                    fullWidths.put(b, b.prefWidth(-1));
                }
                needed += fullWidths.getOrDefault(b, iconOnly);
            } else {
                // The plan chooser and the readiness give way first: their least width counts.
                needed += child == planChooser || child == readinessBox ? child.minWidth(-1) : child.prefWidth(-1);
            }
        }
        for (Button b : shrinkable) {
            boolean shrink = Icons.available() && needed > getWidth();
            if (shrink) {
                needed -= fullWidths.getOrDefault(b, iconOnly) - iconOnly;
            }
            b.setContentDisplay(shrink ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        super.layoutChildren();
    }

    private void showReadiness(ReadinessWords words) {
        readinessBar.setProgress(words.fraction());
        readinessLabel.setText(words.label());
        readinessCount.setText(words.count());
        readinessTooltip.setText(words.sentence());
        readinessLabel.setAccessibleText(words.sentence());
    }

    private void select(Plan plan) {
        updatingChooser = true;
        try {
            planChooser.setValue(plan);
        } finally {
            updatingChooser = false;
        }
    }

    private Button checkInButton(Commands.Command command) {
        Button button = Icons.on(new Button(I18n.t("shell.checkIn")), Feather.CHECK_CIRCLE);
        button.setId("checkInButton");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(command.disabled());
        button.setOnAction(e -> command.action().run());
        return button;
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

    /** The plan chooser shows plans by name; it never turns text back into a plan. */
    private static final class PlanNames extends StringConverter<Plan> {
        @Override
        public String toString(Plan plan) {
            return plan == null ? "" : MainViewModel.chooserName(plan);
        }

        @Override
        public Plan fromString(String text) {
            throw new UnsupportedOperationException("plans are chosen, not typed");
        }
    }
}
