package io.ascent.ui.plan;

import static io.ascent.ui.common.FormFields.choice;
import static io.ascent.ui.common.FormFields.dateError;
import static io.ascent.ui.common.FormFields.error;
import static io.ascent.ui.common.FormFields.field;

import io.ascent.domain.Level;
import io.ascent.text.I18n;
import io.ascent.ui.common.DateField;
import io.ascent.ui.common.Form;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Plan > I got promoted...: the day it happened, and the next plan to start from there. */
final class ReachedDialog implements Form {

    private final ReachedViewModel model;

    ReachedDialog(ReachedViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return I18n.t("reached.title");
    }

    @Override
    public String applyLabel() {
        return I18n.t("reached.apply");
    }

    @Override
    public ObservableBooleanValue applicable() {
        return model.applicableProperty();
    }

    @Override
    public Node content() {
        Label intro = new Label(model.reachedText());
        intro.setId("reachedIntro");
        intro.getStyleClass().add("details-title");
        intro.setWrapText(true);
        Label kept = new Label(I18n.t("reached.kept"));
        kept.setWrapText(true);
        DateField date = new DateField();
        date.setId("reachedDate");
        date.valueProperty().bindBidirectional(model.dateProperty());
        model.dateUnreadableProperty().bind(date.unreadableProperty());
        VBox box = new VBox(
                10,
                intro,
                kept,
                field(I18n.t("reached.date"), date),
                dateError("reachedDateError", date, model.dateProblemProperty()));
        if (model.hasNext()) {
            CheckBox start = new CheckBox(I18n.t("reached.startNext"));
            start.setId("reachedStartNext");
            start.selectedProperty().bindBidirectional(model.startNextProperty());
            TextField name = new TextField();
            name.setId("reachedNextName");
            name.textProperty().bindBidirectional(model.nextNameProperty());
            ComboBox<Level> target =
                    choice("reachedNextTarget", model.targets(), model.nextTargetProperty(), Level::title);
            VBox nameField = field(I18n.t("reached.nextName"), name);
            HBox next = new HBox(12, nameField, field(I18n.t("reached.nextTarget"), target));
            HBox.setHgrow(nameField, Priority.ALWAYS);
            Label carry = new Label(model.carryText());
            carry.setId("reachedCarry");
            carry.getStyleClass().add("hint");
            carry.setWrapText(true);
            VBox nextBox = new VBox(8, next, error("reachedNameError", model.nameProblemProperty()), carry);
            nextBox.disableProperty().bind(model.startNextProperty().not());
            box.getChildren().addAll(start, nextBox);
        } else {
            Label top = new Label(I18n.t("reached.top"));
            top.setWrapText(true);
            box.getChildren().add(top);
        }
        box.setPrefWidth(520);
        return box;
    }
}
