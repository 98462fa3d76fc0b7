package io.ascent.ui.plan;

import static io.ascent.ui.common.FormFields.choice;
import static io.ascent.ui.common.FormFields.error;
import static io.ascent.ui.common.FormFields.field;
import static io.ascent.ui.common.FormFields.hint;

import io.ascent.domain.Specialization;
import io.ascent.text.I18n;
import io.ascent.ui.common.DateField;
import io.ascent.ui.common.Form;
import io.ascent.ui.setup.SetupViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Plan > Edit plan...: the setup's choices in one dialog, and what changing them does before it is applied. */
final class EditPlanDialog implements Form {

    private final EditPlanViewModel model;

    EditPlanDialog(EditPlanViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return I18n.t("editPlan.title");
    }

    @Override
    public String applyLabel() {
        return I18n.t("editPlan.apply");
    }

    @Override
    public ObservableBooleanValue applicable() {
        return model.applicableProperty();
    }

    @Override
    public Node content() {
        SetupViewModel choices = model.choices();
        TextField name = new TextField();
        name.setId("editPlanName");
        name.textProperty().bindBidirectional(choices.nameProperty());
        DateField date = new DateField();
        date.setId("editPlanDate");
        date.valueProperty().bindBidirectional(choices.targetDateProperty());
        choices.dateUnreadableProperty().bind(date.unreadableProperty());
        // The field's own refusal ("31/02/2020 is not a date") first, then the plan's rule (a past date).
        StringBinding dateError = Bindings.createStringBinding(
                () -> date.getProblem().isEmpty() ? choices.dateErrorProperty().get() : date.getProblem(),
                date.problemProperty(),
                choices.dateErrorProperty());

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.add(
                column(field(I18n.t("setup.name"), name), error("editPlanNameError", choices.nameErrorProperty())),
                0,
                0);
        grid.add(column(field(I18n.t("setup.date"), date), error("editPlanDateError", dateError)), 1, 0);
        grid.add(
                field(
                        I18n.t("setup.current"),
                        choice(
                                "editPlanCurrent",
                                choices.levels(),
                                choices.currentLevelProperty(),
                                choices::levelLabel)),
                0,
                1);
        grid.add(
                column(
                        field(
                                I18n.t("setup.target"),
                                choice(
                                        "editPlanTarget",
                                        choices.levels(),
                                        choices.targetLevelProperty(),
                                        choices::levelLabel)),
                        error("editPlanTargetError", choices.targetErrorProperty())),
                1,
                1);
        grid.add(
                field(
                        I18n.t("setup.specialization"),
                        choice(
                                "editPlanSpecialization",
                                choices.specializations(),
                                choices.specializationProperty(),
                                Specialization::title)),
                0,
                2);
        for (Node child : grid.getChildren()) {
            GridPane.setHgrow(child, Priority.ALWAYS);
        }

        ListView<String> lines = new ListView<>(model.lines());
        lines.setId("editPlanChanges");
        lines.setPrefHeight(150);
        lines.setPlaceholder(new Label(I18n.t("editPlan.noChanges")));
        VBox box = new VBox(
                12,
                grid,
                field(I18n.t("editPlan.whatChanges"), hint("editPlanSummary", model.summaryProperty())),
                lines,
                hint("editPlanKept", new SimpleStringProperty(I18n.t("editPlan.kept"))));
        box.setPrefWidth(600);
        return box;
    }

    private static VBox column(Node... nodes) {
        return new VBox(4, nodes);
    }
}
