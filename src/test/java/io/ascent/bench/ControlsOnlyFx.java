package io.ascent.bench;

import io.ascent.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A diagnostic for the start-up figure, not a goal: the kinds and numbers of JavaFX controls in
 * Ascent's first window (menu bar, plan chooser, buttons, progress bars, navigation toggles, a
 * scrolling page of cards with wrapped text), with no data, no stylesheet of Ascent's and no
 * code of Ascent's but the probe. Its start-up against {@link MinimalFx} is what the window's
 * controls alone cost on this machine, so the app's figure can be read against it.
 */
public final class ControlsOnlyFx {

    private ControlsOnlyFx() {}

    public static void main(String[] args) {
        Application.launch(ControlsApp.class, args);
    }

    /** The window. */
    public static final class ControlsApp extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(window(), 1120, 760));
            stage.setTitle("Controls only");
            stage.show();
            StartupProbe.printAfterFrame();
        }
    }

    static BorderPane window() {
        MenuBar menus = new MenuBar();
        for (String name : new String[] {"File", "Edit", "Plan", "View", "Help"}) {
            Menu menu = new Menu(name);
            for (int i = 1; i <= 8; i++) {
                menu.getItems().add(new MenuItem(name + " command " + i));
            }
            menus.getMenus().add(menu);
        }
        ChoiceBox<String> chooser = new ChoiceBox<>();
        chooser.getItems().addAll("Road to Senior PM", "Director track");
        chooser.setValue("Road to Senior PM");
        HBox top = new HBox(10, new Label("Ascent"), chooser);
        for (String text : new String[] {"New plan", "Rename", "Delete", "Check in", "Print / Export"}) {
            top.getChildren().add(new Button(text));
        }
        top.getChildren().addAll(new VBox(2, new Label("40% ready for Senior PM"), new ProgressBar(0.4)));

        VBox sidebar = new VBox(2);
        ToggleGroup pages = new ToggleGroup();
        for (String text : new String[] {"Dashboard", "Milestones", "Assessment", "History", "Framework", "Plan"}) {
            ToggleButton page = new ToggleButton(text);
            page.setToggleGroup(pages);
            sidebar.getChildren().add(page);
        }
        pages.selectToggle(pages.getToggles().get(0));

        VBox cards = new VBox(16);
        for (int row = 0; row < 3; row++) {
            HBox line = new HBox(16);
            for (int column = 0; column < 2; column++) {
                VBox card = new VBox(8, new Label("Card " + (row * 2 + column + 1)));
                for (int text = 1; text <= 5; text++) {
                    Label label = new Label("A line of the dashboard that explains one figure, number " + text);
                    label.setWrapText(true);
                    card.getChildren().add(label);
                }
                if (row == 0 && column == 0) {
                    card.getChildren().add(new ProgressBar(0.4));
                }
                if (row == 0 && column == 1) {
                    // The dashboard's upcoming items are links to the thing itself.
                    card.getChildren().addAll(new Hyperlink("A milestone due in 5 days"), new Hyperlink("1:1"));
                }
                line.getChildren().add(card);
            }
            cards.getChildren().add(line);
        }
        BorderPane content = new BorderPane(new ScrollPane(cards), top, null, new HBox(new Label("Saved")), sidebar);
        return new BorderPane(content, menus, null, null, null);
    }
}
