package io.ascent.ui.rhythm;

import io.ascent.domain.ActionItem;
import io.ascent.domain.OneOnOne;
import io.ascent.text.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The History page's card of 1:1s, beside the check-ins: each with its decisions and action items. */
public class OneOnOneLogCard extends VBox {

    private final OneOnOneLogViewModel model;
    private final ListView<OneOnOne> list = new ListView<>();
    private final VBox details = new VBox(4);

    public OneOnOneLogCard(OneOnOneLogViewModel model) {
        super(8);
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setId("oneOnOneLog");
        getStyleClass().add("card");
        Label heading = new Label(I18n.t("rhythm.log.title"));
        heading.getStyleClass().add("card-title");
        list.setId("oneOnOneList");
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(I18n.t("rhythm.log.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OneOnOne meeting, boolean empty) {
                super.updateItem(meeting, empty);
                setText(empty || meeting == null ? null : summary(meeting));
            }
        });
        details.setId("oneOnOneDetails");
        getChildren().addAll(heading, list, details);
    }

    private void initListeners() {
        list.setItems(model.log());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, meeting) -> show(meeting));
        model.log().addListener((ListChangeListener<OneOnOne>) c -> {
            if (!model.log().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        if (!model.log().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private static String summary(OneOnOne meeting) {
        return I18n.t(
                "rhythm.log.summary",
                I18n.date(meeting.heldOn()),
                meeting.decisions().size(),
                meeting.actionItems().size());
    }

    private void show(OneOnOne meeting) {
        details.getChildren().clear();
        if (meeting == null) {
            return;
        }
        for (String decision : meeting.decisions()) {
            details.getChildren().add(wrapped(I18n.t("rhythm.log.decision", decision)));
        }
        for (ActionItem action : meeting.actionItems()) {
            String text = action.due()
                    .map(d -> I18n.t("rhythm.action.due", action.text(), I18n.date(d)))
                    .orElse(action.text());
            details.getChildren()
                    .add(wrapped(I18n.t(
                            action.milestoneId().isPresent() ? "rhythm.log.actionMilestone" : "rhythm.log.action",
                            text)));
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
