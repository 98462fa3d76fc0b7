package io.ascent.ui.rhythm;

import io.ascent.domain.Cadence;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.Form;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/** Plan &gt; Rhythm...: how often to check in, meet 1:1 (or not) and be reviewed. */
final class CadenceForm implements Form {

    private final Spinner<Integer> checkIn;
    private final CheckBox meets = new CheckBox(I18n.t("rhythm.dialog.meets"));
    private final Spinner<Integer> oneOnOne;
    private final Spinner<Integer> review;

    CadenceForm(Cadence current) {
        checkIn = spinner("cadenceCheckIn", Cadence.MAX_CHECK_IN_WEEKS, current.checkInWeeks());
        meets.setId("cadenceHasOneOnOne");
        meets.setSelected(current.hasOneOnOnes());
        oneOnOne = spinner(
                "cadenceOneOnOne",
                Cadence.MAX_ONE_ON_ONE_WEEKS,
                current.oneOnOneWeeks().orElse(Cadence.DEFAULT.oneOnOneWeeks().orElseThrow()));
        oneOnOne.disableProperty().bind(meets.selectedProperty().not());
        review = spinner("cadenceReview", Cadence.MAX_REVIEW_MONTHS, current.reviewMonths());
    }

    /** Asks for a cadence in a dialog through {@code dialogs}; empty when cancelled. */
    static Function<Cadence, Optional<Cadence>> asker(DialogService dialogs) {
        return current -> {
            CadenceForm form = new CadenceForm(current);
            return dialogs.showForm(form) ? Optional.of(form.cadence()) : Optional.empty();
        };
    }

    @Override
    public String title() {
        return I18n.t("rhythm.dialog.title");
    }

    @Override
    public String applyLabel() {
        return I18n.t("rhythm.dialog.apply");
    }

    @Override
    public ObservableBooleanValue applicable() {
        return Bindings.createBooleanBinding(() -> true);
    }

    @Override
    public Node content() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        Label header = new Label(I18n.t("rhythm.dialog.header"));
        header.setWrapText(true);
        grid.add(header, 0, 0, 3, 1);
        grid.addRow(1, new Label(I18n.t("rhythm.dialog.checkIn")), checkIn, new Label(I18n.t("rhythm.dialog.weeks")));
        grid.add(meets, 0, 2, 3, 1);
        grid.addRow(3, new Label(I18n.t("rhythm.dialog.oneOnOne")), oneOnOne, new Label(I18n.t("rhythm.dialog.weeks")));
        grid.addRow(4, new Label(I18n.t("rhythm.dialog.review")), review, new Label(I18n.t("rhythm.dialog.months")));
        Label hint = new Label(I18n.t("rhythm.dialog.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        grid.add(hint, 0, 5, 3, 1);
        return grid;
    }

    /** The cadence chosen, with any number still being typed taken as it is. */
    Cadence cadence() {
        return new Cadence(
                typed(checkIn), meets.isSelected() ? Optional.of(typed(oneOnOne)) : Optional.empty(), typed(review));
    }

    private static Spinner<Integer> spinner(String id, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(1, max, value);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }

    /** The number typed in the field (within its range: the spinner clamps it), or the value before when it is not one. */
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
