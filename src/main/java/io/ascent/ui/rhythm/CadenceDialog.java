package io.ascent.ui.rhythm;

import io.ascent.domain.Cadence;
import io.ascent.text.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The Plan &gt; Rhythm dialog: how often to check in, meet 1:1 (or not) and be reviewed. */
public final class CadenceDialog {

    private final Window owner;

    public CadenceDialog(Window owner) {
        this.owner = owner;
    }

    /** The cadence the user chose, or empty when cancelled. */
    public Optional<Cadence> show(Cadence current) {
        Dialog<Cadence> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("rhythm.dialog.title"));
        dialog.setHeaderText(I18n.t("rhythm.dialog.header"));
        dialog.getDialogPane().setId("cadenceDialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Spinner<Integer> checkIn = spinner("cadenceCheckIn", Cadence.MAX_CHECK_IN_WEEKS, current.checkInWeeks());
        CheckBox meets = new CheckBox(I18n.t("rhythm.dialog.meets"));
        meets.setId("cadenceHasOneOnOne");
        meets.setSelected(current.hasOneOnOnes());
        Spinner<Integer> oneOnOne = spinner(
                "cadenceOneOnOne",
                Cadence.MAX_ONE_ON_ONE_WEEKS,
                current.oneOnOneWeeks().orElse(Cadence.DEFAULT.oneOnOneWeeks().orElseThrow()));
        oneOnOne.disableProperty().bind(meets.selectedProperty().not());
        Spinner<Integer> review = spinner("cadenceReview", Cadence.MAX_REVIEW_MONTHS, current.reviewMonths());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(I18n.t("rhythm.dialog.checkIn")), checkIn, new Label(I18n.t("rhythm.dialog.weeks")));
        grid.add(meets, 0, 1, 3, 1);
        grid.addRow(2, new Label(I18n.t("rhythm.dialog.oneOnOne")), oneOnOne, new Label(I18n.t("rhythm.dialog.weeks")));
        grid.addRow(3, new Label(I18n.t("rhythm.dialog.review")), review, new Label(I18n.t("rhythm.dialog.months")));
        Label hint = new Label(I18n.t("rhythm.dialog.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        grid.add(hint, 0, 4, 3, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Cadence(
                        typed(checkIn),
                        meets.isSelected() ? Optional.of(typed(oneOnOne)) : Optional.empty(),
                        typed(review))
                : null);
        return dialog.showAndWait();
    }

    private static Spinner<Integer> spinner(String id, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(1, max, value);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    /** The number typed in the field (committed, so within its range), or the value before when it is not one. */
    private static int typed(Spinner<Integer> spinner) {
        try {
            spinner.getValueFactory()
                    .setValue(Integer.parseInt(spinner.getEditor().getText().strip()));
        } catch (NumberFormatException e) {
            // Not a number: the spinner keeps the value it had.
        }
        return spinner.getValue();
    }
}
