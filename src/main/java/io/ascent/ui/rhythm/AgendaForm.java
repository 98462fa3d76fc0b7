package io.ascent.ui.rhythm;

import static io.ascent.ui.common.FormFields.error;
import static io.ascent.ui.common.FormFields.field;

import io.ascent.text.I18n;
import io.ascent.ui.common.Form;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Plan &gt; 1:1 agenda...: the editable agenda with Copy as Markdown, and what to record after the 1:1. */
final class AgendaForm implements Form {

    private final AgendaViewModel model;

    AgendaForm(AgendaViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return I18n.t("rhythm.agendaDialog.title");
    }

    @Override
    public String applyLabel() {
        return I18n.t("rhythm.agendaDialog.record");
    }

    @Override
    public ObservableBooleanValue applicable() {
        return model.recordableProperty();
    }

    @Override
    public Node content() {
        TextArea agenda = new TextArea();
        agenda.setId("agendaText");
        agenda.setWrapText(true);
        agenda.setPrefRowCount(14);
        agenda.textProperty().bindBidirectional(model.textProperty());
        Label copied = new Label();
        copied.setId("agendaCopied");
        copied.getStyleClass().add("hint");
        Button copy = new Button(I18n.t("rhythm.agendaDialog.copy"));
        copy.setId("agendaCopy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.markdown());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(I18n.t("rhythm.agendaDialog.copied"));
        });
        HBox copyRow = new HBox(12, copy, copied);

        DatePicker heldOn = new DatePicker();
        heldOn.setId("agendaHeldOn");
        heldOn.valueProperty().bindBidirectional(model.heldOnProperty());
        TextArea decisions = new TextArea();
        decisions.setId("agendaDecisions");
        decisions.setPrefRowCount(3);
        decisions.setPromptText(I18n.t("rhythm.agendaDialog.decisionsPrompt"));
        decisions.textProperty().bindBidirectional(model.decisionsProperty());

        VBox box = new VBox(
                10,
                field(I18n.t("rhythm.agendaDialog.agenda"), agenda),
                copyRow,
                new Label(I18n.t("rhythm.agendaDialog.after")),
                field(I18n.t("rhythm.agendaDialog.heldOn"), heldOn),
                field(I18n.t("rhythm.agendaDialog.decisions"), decisions),
                field(I18n.t("rhythm.agendaDialog.actions"), actions()),
                error("agendaProblem", model.problemProperty()));
        box.setPrefWidth(640);
        return box;
    }

    private Node actions() {
        ListView<AgendaViewModel.ActionRow> list = new ListView<>(model.actions());
        list.setId("agendaActions");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label(I18n.t("rhythm.agendaDialog.noActions")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaViewModel.ActionRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : ActionWords.of(row));
            }
        });
        TextField text = new TextField();
        text.setId("agendaActionText");
        text.setPromptText(I18n.t("rhythm.agendaDialog.actionPrompt"));
        text.textProperty().bindBidirectional(model.actionTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        DatePicker due = new DatePicker();
        due.setId("agendaActionDue");
        due.setPromptText(I18n.t("rhythm.agendaDialog.duePrompt"));
        due.setPrefWidth(150);
        due.valueProperty().bindBidirectional(model.actionDueProperty());
        CheckBox milestone = new CheckBox(I18n.t("rhythm.agendaDialog.asMilestone"));
        milestone.setId("agendaActionMilestone");
        milestone.selectedProperty().bindBidirectional(model.actionMilestoneProperty());
        Button add = new Button(I18n.t("rhythm.agendaDialog.addAction"));
        add.setId("agendaActionAdd");
        add.disableProperty().bind(model.canAddActionProperty().not());
        add.setOnAction(e -> model.addAction());
        text.setOnAction(e -> model.addAction());
        return new VBox(6, list, new HBox(8, text, due), new HBox(12, milestone, add));
    }
}
