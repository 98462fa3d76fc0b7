package io.ascent.ui.shell;

import io.ascent.text.I18n;
import io.ascent.ui.common.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/**
 * The menu bar: every action of the window with its accelerator, so all of Ascent can be used
 * from the keyboard. The shortcut list shown under Help comes from the same items.
 */
public class MainMenu extends MenuBar {

    private final MainView view;
    private final MainViewModel model;
    private final List<MenuItem> shortcutItems = new ArrayList<>();

    private final Commands commands;

    public MainMenu(MainView view, MainViewModel model, WindowActions actions, Commands commands) {
        this.view = view;
        this.model = model;
        this.commands = commands;
        setId("mainMenu");
        setUseSystemMenuBar(true);
        getMenus().addAll(fileMenu(actions), editMenu(actions), planMenu(), viewMenu(actions), helpMenu(actions));
    }

    private Menu editMenu(WindowActions actions) {
        Menu edit = new Menu(I18n.t("menu.edit"));
        addIfRegistered(edit, Commands.UNDO, "menu.edit.undo", "Shortcut+Z", Feather.ROTATE_CCW);
        addIfRegistered(edit, Commands.REDO, "menu.edit.redo", "Shortcut+Shift+Z", Feather.ROTATE_CW);
        addIfRegistered(edit, Commands.FIND, "menu.edit.find", "Shortcut+F", Feather.SEARCH);
        edit.getItems()
                .add(Icons.on(
                        item(
                                "menuPreferences",
                                I18n.t("menu.edit.preferences"),
                                "Shortcut+COMMA",
                                actions::editPreferences),
                        Feather.SETTINGS));
        return edit;
    }

    private Menu fileMenu(WindowActions actions) {
        Menu file = new Menu(I18n.t("menu.file"));
        file.getItems()
                .addAll(
                        Icons.on(
                                item("menuNewPlan", I18n.t("menu.file.newPlan"), "Shortcut+N", model::newPlan),
                                Feather.PLUS),
                        Icons.on(
                                item(
                                        "menuOpenDatabase",
                                        I18n.t("menu.file.openDatabase"),
                                        "Shortcut+O",
                                        actions::openDatabase),
                                Feather.FOLDER));
        addIfRegistered(file, Commands.IMPORT_FRAMEWORK, "menu.file.importFramework", null, Feather.LAYERS);
        addIfRegistered(file, Commands.IMPORT_PLAN, "menu.file.importPlan", null, Feather.UPLOAD);
        reviewItems(file);
        addIfRegistered(file, Commands.EXPORT_PDF, "menu.file.exportPdf", "Shortcut+E", Feather.DOWNLOAD);
        addIfRegistered(file, Commands.PRINT, "menu.file.print", "Shortcut+P", Feather.PRINTER);
        file.getItems()
                .addAll(
                        new SeparatorMenuItem(),
                        Icons.on(
                                item("menuBackUpNow", I18n.t("menu.file.backUpNow"), null, actions::backUpNow),
                                Feather.SAVE),
                        Icons.on(
                                item(
                                        "menuRestoreBackup",
                                        I18n.t("menu.file.restoreBackup"),
                                        null,
                                        actions::restoreFromBackup),
                                Feather.ROTATE_CCW),
                        new SeparatorMenuItem(),
                        item("menuQuit", I18n.t("menu.file.quit"), "Shortcut+Q", actions::quit));
        return file;
    }

    /** The review round's items: a reviewer's (open, given, key) and a person's (import the answer). */
    private void reviewItems(Menu file) {
        if (commands.get(Commands.OPEN_REVIEW_REQUEST).isEmpty()) {
            return;
        }
        file.getItems().add(new SeparatorMenuItem());
        addIfRegistered(file, Commands.OPEN_REVIEW_REQUEST, "menu.file.openReviewRequest", null, Feather.INBOX);
        addIfRegistered(file, Commands.REVIEWS_GIVEN, "menu.file.reviewsGiven", null, Feather.ARCHIVE);
        addIfRegistered(file, Commands.IMPORT_REVIEW, "menu.file.importReview", null, Feather.DOWNLOAD_CLOUD);
        addIfRegistered(file, Commands.EXPORT_REVIEWER_KEY, "menu.file.exportReviewerKey", null, Feather.KEY);
        addIfRegistered(file, Commands.IMPORT_REVIEWER_KEY, "menu.file.importReviewerKey", null, Feather.KEY);
        file.getItems().add(new SeparatorMenuItem());
    }

    private Menu planMenu() {
        Menu plan = new Menu(I18n.t("menu.plan"));
        MenuItem rename = item("menuRename", I18n.t("menu.plan.rename"), "F2", model::renameCurrent);
        MenuItem delete = item("menuDelete", I18n.t("menu.plan.delete"), null, model::deleteCurrent);
        rename.disableProperty().bind(model.noPlanProperty());
        delete.disableProperty().bind(model.noPlanProperty());
        addIfRegistered(plan, Commands.CHECK_IN, "menu.plan.checkIn", "Shortcut+K", Feather.CHECK_CIRCLE);
        addIfRegistered(plan, Commands.ADD_WIN, "menu.plan.addWin", "Shortcut+Shift+W", Feather.AWARD);
        addIfRegistered(plan, Commands.PACKET, "menu.plan.packet", null, Feather.FILE_TEXT);
        addIfRegistered(plan, Commands.ADD_MILESTONE, "menu.plan.addMilestone", "Shortcut+M", Feather.PLUS_CIRCLE);
        addIfRegistered(plan, Commands.EDIT_PLAN, "menu.plan.edit", null, Feather.SLIDERS);
        addIfRegistered(plan, Commands.RHYTHM, "menu.plan.rhythm", null, Feather.CLOCK);
        addIfRegistered(plan, Commands.AGENDA, "menu.plan.agenda", null, Feather.MESSAGE_SQUARE);
        addIfRegistered(plan, Commands.QUESTION, "menu.plan.question", null, Feather.HELP_CIRCLE);
        addIfRegistered(plan, Commands.CALENDAR, "menu.plan.calendar", null, Feather.CALENDAR);
        addIfRegistered(plan, Commands.REACHED, "menu.plan.reached", null, Feather.AWARD);
        addIfRegistered(plan, Commands.ASK_FOR_REVIEW, "menu.plan.askForReview", null, Feather.SEND);
        plan.getItems().addAll(new SeparatorMenuItem(), rename, delete);
        return plan;
    }

    private Menu viewMenu(WindowActions actions) {
        Menu menu = new Menu(I18n.t("menu.view"));
        int index = 1;
        for (Page page : view.pages()) {
            String key = index <= 9 ? "Shortcut+" + index : null;
            MenuItem item = item("menuPage-" + page.id(), page.title(), key, () -> view.showPage(page.id()));
            item.disableProperty().bind(model.noPlanProperty());
            menu.getItems().add(item);
            index++;
        }
        menu.getItems().add(new SeparatorMenuItem());
        addIfRegistered(menu, Commands.REFRESH, "menu.view.refresh", "F5", Feather.REFRESH_CW);
        Menu theme = new Menu(I18n.t("menu.view.theme"));
        theme.setId("menuTheme");
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(I18n.t("menu.view.theme.light"));
        light.setId("menuThemeLight");
        RadioMenuItem darkItem = new RadioMenuItem(I18n.t("menu.view.theme.dark"));
        darkItem.setId("menuThemeDark");
        light.setToggleGroup(group);
        darkItem.setToggleGroup(group);
        (actions.isDarkTheme() ? darkItem : light).setSelected(true);
        light.setOnAction(e -> actions.setDarkTheme(false));
        darkItem.setOnAction(e -> actions.setDarkTheme(true));
        theme.setOnShowing(e -> (actions.isDarkTheme() ? darkItem : light).setSelected(true));
        theme.getItems().addAll(light, darkItem);
        menu.getItems().addAll(new SeparatorMenuItem(), theme);
        return menu;
    }

    private Menu helpMenu(WindowActions actions) {
        Menu help = new Menu(I18n.t("menu.help"));
        help.getItems()
                .addAll(
                        Icons.on(
                                item("menuHowItWorks", I18n.t("menu.help.howItWorks"), null, model::showHowItWorks),
                                Feather.BOOK_OPEN),
                        item(
                                "menuShortcuts",
                                I18n.t("menu.help.shortcuts"),
                                "F1",
                                () -> model.showShortcuts(shortcuts())),
                        new SeparatorMenuItem(),
                        Icons.on(
                                item(
                                        "menuAbout",
                                        I18n.t("menu.help.about"),
                                        null,
                                        () -> model.showAbout(actions.about())),
                                Feather.INFO));
        return help;
    }

    /** Each accelerator with what it does, in menu order, for the help page. */
    public List<String[]> shortcuts() {
        List<String[]> rows = new ArrayList<>();
        for (MenuItem item : shortcutItems) {
            rows.add(new String[] {
                item.getAccelerator().getDisplayText(),
                item.getText().replaceAll("\\(_.\\)|_", "").replace("...", "")
            });
        }
        rows.add(new String[] {I18n.t("shortcuts.spaceKey"), I18n.t("shortcuts.space")});
        rows.add(new String[] {KeyCombination.keyCombination("Shortcut+Y").getDisplayText(), I18n.t("shortcuts.redo")});
        rows.add(new String[] {I18n.t("shortcuts.detailsKeys"), I18n.t("shortcuts.details")});
        rows.add(new String[] {I18n.t("shortcuts.tabKeys"), I18n.t("shortcuts.tab")});
        return rows;
    }

    private void addIfRegistered(Menu menu, String commandId, String textKey, String accelerator, Feather icon) {
        // Importing and the reviewer's commands work without an open plan; everything else acts on the open one.
        boolean needsPlan = !Commands.WITHOUT_PLAN.contains(commandId);
        commands.get(commandId).ifPresent(command -> {
            MenuItem item = Icons.on(item("menu-" + commandId, I18n.t(textKey), accelerator, command.action()), icon);
            item.disableProperty()
                    .bind(Bindings.createBooleanBinding(
                            () -> command.disabled().get()
                                    || needsPlan && model.noPlanProperty().get(),
                            command.disabled(),
                            model.noPlanProperty()));
            menu.getItems().add(item);
        });
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
