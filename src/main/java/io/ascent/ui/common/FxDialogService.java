package io.ascent.ui.common;

import io.ascent.domain.review.RequestContents;
import io.ascent.text.I18n;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** {@link DialogService} with JavaFX dialogs owned by the main window. */
public class FxDialogService implements DialogService {

    private final Window owner;
    private final HostServices host;

    public FxDialogService(Window owner, HostServices host) {
        this.owner = owner;
        this.host = host;
    }

    @Override
    public void openLink(String link) {
        // The desktop opens it (xdg-open, open, start); Ascent itself never goes online.
        host.showDocument(link);
    }

    /** Cancel is the default: Enter never confirms what the user is asked to think about. */
    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogParts.cancel();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        prepare(alert, title);
        DialogParts.makeDefault(alert.getDialogPane(), cancel);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, DialogParts.ok());
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String message, String initialValue) {
        return TextDialog.ask(owner, title, message, initialValue, text -> "");
    }

    @Override
    public Optional<String> askText(
            String title, String message, String initialValue, Function<String, String> problem) {
        return TextDialog.ask(owner, title, message, initialValue, problem);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String typeDescription, String extension) {
        FileChooser chooser = chooser(title, typeDescription, extension);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, String typeDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(typeDescription + " (*." + extension + ")", "*." + extension),
                        new FileChooser.ExtensionFilter(I18n.t("dialog.allFiles"), "*.*"));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("dialog.allFiles"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public boolean ask(String title, String message, String yesLabel, String noLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        prepare(alert, title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<RequestContents.Choices> askForReview(String planName, String name) {
        return ReviewRequestDialog.ask(owner, planName, name);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message, boolean twice) {
        return PassphraseDialog.ask(owner, title, message, twice);
    }

    @Override
    public Optional<Path> chooseDatabase(Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("dialog.chooseDatabase"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(I18n.t("dialog.databaseFiles"), "*.db"),
                        new FileChooser.ExtensionFilter(I18n.t("dialog.allFiles"), "*.*"));
        Path folder = current.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Preferences> editPreferences(Preferences current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogParts.own(dialog, owner);
        dialog.setTitle(I18n.t("prefs.title"));
        ButtonType ok = DialogParts.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogParts.cancel());
        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton(I18n.t("prefs.theme.light"));
        light.setId("prefsLight");
        RadioButton dark = new RadioButton(I18n.t("prefs.theme.dark"));
        dark.setId("prefsDark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (current.darkTheme() ? dark : light).setSelected(true);
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("prefsLanguage");
        language.getItems().setAll(I18n.SUPPORTED);
        language.setValue(I18n.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(current.language().getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : locale.getDisplayName(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        Label restart = new Label(I18n.t("prefs.language.restart"));
        restart.getStyleClass().add("hint");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.addRow(0, new Label(I18n.t("prefs.theme")), new HBox(12, light, dark));
        grid.addRow(1, new Label(I18n.t("prefs.language")), language);
        grid.add(restart, 1, 2);
        dialog.getDialogPane().setContent(grid);
        return dialog.showAndWait()
                .filter(ok::equals)
                .map(chosen -> new Preferences(dark.isSelected(), language.getValue()));
    }

    @Override
    public boolean showForm(Form form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogParts.own(dialog, owner);
        dialog.setTitle(form.title());
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType apply = new ButtonType(form.applyLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.t("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().setAll(apply, cancel);
        pane.getStyleClass().add("form-dialog");
        pane.setContent(form.content());
        Node applyButton = pane.lookupButton(apply);
        applyButton.setId("formApply");
        pane.lookupButton(cancel).setId("formCancel");
        applyButton.disableProperty().bind(Bindings.not(form.applicable()));
        DialogParts.growWithContent(dialog);
        return dialog.showAndWait().filter(apply::equals).isPresent();
    }

    @Override
    public void showShortcuts(List<String[]> rows) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsTable");
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < rows.size(); i++) {
            Label keys = new Label(rows.get(i)[0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(i, keys, new Label(rows.get(i)[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", DialogParts.close());
        prepare(alert, I18n.t("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        alert.showAndWait();
    }

    @Override
    public void showDocument(String title, List<DocumentSection> sections) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogParts.own(dialog, owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().getButtonTypes().add(DialogParts.close());
        dialog.getDialogPane().setContent(HelpDocument.of(title, sections));
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    private void prepare(Alert alert, String title) {
        DialogParts.own(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(420);
    }
}
