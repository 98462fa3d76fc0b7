package io.ascent.ui.milestones;

import static io.ascent.ui.common.FormFields.choice;
import static io.ascent.ui.common.FormFields.dateError;
import static io.ascent.ui.common.FormFields.error;
import static io.ascent.ui.common.FormFields.field;
import static io.ascent.ui.common.FormFields.hint;

import io.ascent.domain.Competency;
import io.ascent.domain.Level;
import io.ascent.text.I18n;
import io.ascent.ui.common.DateField;
import io.ascent.ui.common.Form;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The dialog of a milestone of the user's own: where it goes, its words, optional or not, a due date. */
final class OwnMilestoneDialog implements Form {

    private final OwnMilestoneForm model;

    OwnMilestoneDialog(OwnMilestoneForm model) {
        this.model = model;
    }

    @Override
    public String title() {
        return I18n.t(model.isAdding() ? "own.dialog.addTitle" : "own.dialog.editTitle");
    }

    @Override
    public String applyLabel() {
        return I18n.t(model.isAdding() ? "own.dialog.add" : "own.dialog.save");
    }

    @Override
    public ObservableBooleanValue applicable() {
        return model.validProperty();
    }

    @Override
    public Node content() {
        ComboBox<Competency> competency =
                choice("ownCompetency", model.competencies(), model.competencyProperty(), Competency::title);
        ComboBox<Level> level = choice("ownLevel", model.levels(), model.levelProperty(), Level::title);
        competency.setDisable(!model.isAdding());
        level.setDisable(!model.isAdding());
        VBox competencyField = field(I18n.t("own.field.competency"), competency);
        HBox cell = new HBox(12, competencyField, field(I18n.t("own.field.level"), level));
        HBox.setHgrow(competencyField, Priority.ALWAYS);

        TextField title = new TextField();
        title.setId("ownTitle");
        title.setPromptText(I18n.t("own.field.title.prompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        TextArea description = new TextArea();
        description.setId("ownDescription");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        CheckBox optional = new CheckBox(I18n.t("own.field.optional"));
        optional.setId("ownOptional");
        optional.setWrapText(true);
        optional.selectedProperty().bindBidirectional(model.optionalProperty());

        VBox box = new VBox(
                10,
                cell,
                field(I18n.t("own.field.title"), title),
                error("ownTitleError", model.titleProblemProperty()),
                field(I18n.t("own.field.description"), description));
        if (model.isAdding()) {
            DateField due = new DateField();
            due.setId("ownDue");
            due.valueProperty().bindBidirectional(model.dueDateProperty());
            model.dueUnreadableProperty().bind(due.unreadableProperty());
            box.getChildren()
                    .addAll(
                            field(I18n.t("own.field.due"), due),
                            dateError("ownDueError", due, model.dateProblemProperty()));
        }
        box.getChildren().addAll(optional, hint("ownCellHint", model.cellHintProperty()));
        box.setPrefWidth(520);
        return box;
    }
}
