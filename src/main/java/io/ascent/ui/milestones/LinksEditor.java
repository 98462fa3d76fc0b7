package io.ascent.ui.milestones;

import io.ascent.text.I18n;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The links of a milestone: the list with a remove button per link, and a field to add one. */
final class LinksEditor extends VBox {

    private final MilestoneDetailsViewModel model;
    private final ListView<String> links = new ListView<>();
    private final TextField linkInput = new TextField();
    private final Button addLink = new Button(I18n.t("details.addLink"));

    LinksEditor(MilestoneDetailsViewModel model) {
        super(8);
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        links.setId("linksList");
        links.setPrefHeight(84);
        links.setPlaceholder(new Label(I18n.t("details.noLinks")));
        links.setCellFactory(list -> new LinkCell(model::openLink, model::removeLink));
        linkInput.setId("linkInput");
        linkInput.setPromptText("https://...");
        addLink.setId("addLinkButton");
        HBox.setHgrow(linkInput, Priority.ALWAYS);
        getChildren().addAll(links, new HBox(8, linkInput, addLink));
    }

    private void initListeners() {
        links.setItems(model.links());
        linkInput.textProperty().bindBidirectional(model.linkInputProperty());
        linkInput.setOnAction(e -> model.addLink());
        addLink.setOnAction(e -> model.addLink());
        links.setOnKeyPressed(e -> {
            String selected = links.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.openLink(selected);
                e.consume();
            }
        });
    }

    /** The controls that take focus, so the details pane can keep them on screen. */
    List<Node> focusable() {
        return List.of(links, linkInput, addLink);
    }
}
