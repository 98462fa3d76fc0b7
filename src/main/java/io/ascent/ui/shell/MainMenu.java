package io.ascent.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: every action of the window with its accelerator, so all of Ascent can be used
 * from the keyboard. The shortcut list shown under Help comes from the same items.
 */
public class MainMenu extends MenuBar {

    private final MainView view;
    private final MainViewModel model;
    private final List<MenuItem> shortcutItems = new ArrayList<>();

    public MainMenu(MainView view, MainViewModel model, boolean dark, Consumer<Boolean> onTheme,
            Runnable onOpenDatabase, Runnable onQuit) {
        this.view = view;
        this.model = model;
        setId("mainMenu");
        setUseSystemMenuBar(true);
        getMenus().addAll(fileMenu(onOpenDatabase, onQuit), planMenu(), viewMenu(dark, onTheme), helpMenu());
    }

    private Menu fileMenu(Runnable onOpenDatabase, Runnable onQuit) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("menuNewPlan", "_New plan", "Shortcut+N", view::newPlan),
                item("menuOpenDatabase", "_Open database...", "Shortcut+O", onOpenDatabase),
                new SeparatorMenuItem(),
                item("menuQuit", "_Quit", "Shortcut+Q", onQuit));
        return file;
    }

    private Menu planMenu() {
        Menu plan = new Menu("_Plan");
        MenuItem rename = item("menuRename", "_Rename plan...", "F2", model::renameCurrent);
        MenuItem delete = item("menuDelete", "_Delete plan...", null, model::deleteCurrent);
        rename.disableProperty().bind(model.session().currentProperty().isNull());
        delete.disableProperty().bind(model.session().currentProperty().isNull());
        plan.getItems().addAll(rename, delete);
        return plan;
    }

    private Menu viewMenu(boolean dark, Consumer<Boolean> onTheme) {
        Menu menu = new Menu("_View");
        int index = 1;
        for (Page page : view.pages()) {
            String key = index <= 9 ? "Shortcut+" + index : null;
            MenuItem item = item("menuPage-" + page.id(), page.title(), key, () -> view.showPage(page.id()));
            item.disableProperty().bind(model.session().currentProperty().isNull());
            menu.getItems().add(item);
            index++;
        }
        Menu theme = new Menu("_Theme");
        theme.setId("menuTheme");
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("_Light");
        light.setId("menuThemeLight");
        RadioMenuItem darkItem = new RadioMenuItem("_Dark");
        darkItem.setId("menuThemeDark");
        light.setToggleGroup(group);
        darkItem.setToggleGroup(group);
        (dark ? darkItem : light).setSelected(true);
        light.setOnAction(e -> onTheme.accept(false));
        darkItem.setOnAction(e -> onTheme.accept(true));
        theme.getItems().addAll(light, darkItem);
        menu.getItems().addAll(new SeparatorMenuItem(), theme);
        return menu;
    }

    private Menu helpMenu() {
        Menu help = new Menu("_Help");
        help.getItems().add(item("menuShortcuts", "_Keyboard shortcuts", "F1",
                () -> model.showShortcuts(shortcuts())));
        return help;
    }

    /** Each accelerator with what it does, in menu order, for the help page. */
    public List<String[]> shortcuts() {
        List<String[]> rows = new ArrayList<>();
        for (MenuItem item : shortcutItems) {
            rows.add(new String[] {item.getAccelerator().getDisplayText(), item.getText().replace("_", "")
                    .replace("...", "")});
        }
        rows.add(new String[] {"Space", "Tick or untick the selected milestone"});
        rows.add(new String[] {"Tab / Shift+Tab", "Move between controls"});
        return rows;
    }

    private MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
            shortcutItems.add(item);
        }
        return item;
    }
}
