package io.ascent.ui.wins;

import io.ascent.domain.Win;
import io.ascent.text.I18n;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The milestone details' "Wins as evidence" section. */
public class WinEvidencePane extends VBox {

    private final WinEvidenceModel model;
    private final ListView<Win> evidence = new ListView<>();
    private final ComboBox<Win> candidates = new ComboBox<>();
    private final Button add = new Button(I18n.t("win.evidence.add"));
    private final Button logNew = new Button(I18n.t("win.evidence.new"));
    private final Button takeBack = new Button(I18n.t("win.evidence.takeBack"));
    private final Label none = new Label(I18n.t("win.evidence.none"));

    public WinEvidencePane(WinEvidenceModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setId("winEvidence");
        setSpacing(6);
        Label heading = new Label(I18n.t("win.evidence.heading"));
        heading.getStyleClass().add("details-heading");
        evidence.setId("winEvidenceList");
        evidence.setPrefHeight(90);
        evidence.setCellFactory(v -> new TitleCell());
        none.getStyleClass().add("hint");
        none.setId("winEvidenceNone");
        candidates.setId("winEvidenceChoice");
        candidates.setPromptText(I18n.t("win.evidence.choose"));
        candidates.setCellFactory(v -> new TitleCell());
        candidates.setButtonCell(new TitleCell());
        candidates.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(candidates, Priority.ALWAYS);
        add.setId("winEvidenceAdd");
        logNew.setId("winEvidenceNew");
        takeBack.setId("winEvidenceTakeBack");
        HBox choose = new HBox(6, candidates, add);
        choose.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, none, evidence, takeBack, choose, logNew);
    }

    private void initListeners() {
        evidence.setItems(model.evidence());
        candidates.setItems(model.candidates());
        candidates.valueProperty().bindBidirectional(model.chosenProperty());
        none.visibleProperty().bind(Bindings.isEmpty(model.evidence()));
        none.managedProperty().bind(none.visibleProperty());
        evidence.visibleProperty().bind(none.visibleProperty().not());
        evidence.managedProperty().bind(evidence.visibleProperty());
        takeBack.visibleProperty().bind(evidence.visibleProperty());
        takeBack.managedProperty().bind(takeBack.visibleProperty());
        takeBack.disableProperty()
                .bind(evidence.getSelectionModel().selectedItemProperty().isNull());
        add.disableProperty().bind(model.chosenProperty().isNull());
        add.setOnAction(e -> model.addChosen());
        logNew.setOnAction(e -> model.logNew());
        takeBack.setOnAction(e -> model.takeBack(evidence.getSelectionModel().getSelectedItem()));
    }

    /** A win as "date — title". */
    private static final class TitleCell extends ListCell<Win> {
        @Override
        protected void updateItem(Win win, boolean empty) {
            super.updateItem(win, empty);
            setText(empty || win == null ? null : I18n.date(win.date()) + " \u2014 " + win.title());
        }
    }
}
