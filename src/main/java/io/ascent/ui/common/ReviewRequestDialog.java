package io.ascent.ui.common;

import io.ascent.domain.review.EvidenceChoice;
import io.ascent.domain.review.RequestContents;
import io.ascent.text.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Plan > Ask for a review...: your name for the reviewer, blind or not, and which evidence to show. */
final class ReviewRequestDialog {

    private ReviewRequestDialog() {}

    static Optional<RequestContents.Choices> ask(Window owner, String planName, String suggestedName) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogParts.own(dialog, owner);
        dialog.setTitle(I18n.t("review.ask.title"));
        dialog.setHeaderText(I18n.t("review.ask.header", planName));
        ButtonType write = new ButtonType(I18n.t("review.ask.write"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(write, DialogParts.cancel());
        TextField name = new TextField(suggestedName);
        name.setId("askReviewName");
        name.setPromptText(I18n.t("review.ask.name.prompt"));
        CheckBox blind = new CheckBox(I18n.t("review.ask.blind"));
        blind.setId("askReviewBlind");
        Label blindHint = new Label(I18n.t("review.ask.blind.hint"));
        blindHint.getStyleClass().add("hint");
        blindHint.setWrapText(true);
        ToggleGroup evidence = new ToggleGroup();
        VBox choices = new VBox(4);
        for (EvidenceChoice choice :
                new EvidenceChoice[] {EvidenceChoice.DONE, EvidenceChoice.ALL, EvidenceChoice.NONE}) {
            RadioButton b = new RadioButton(
                    switch (choice) {
                        case DONE -> I18n.t("review.ask.evidence.DONE");
                        case ALL -> I18n.t("review.ask.evidence.ALL");
                        case NONE -> I18n.t("review.ask.evidence.NONE");
                    });
            b.setId("askReviewEvidence-" + choice.name());
            b.setUserData(choice);
            b.setToggleGroup(evidence);
            b.setSelected(choice == EvidenceChoice.DONE);
            choices.getChildren().add(b);
        }
        Label private_ = new Label(I18n.t("review.ask.private"));
        private_.getStyleClass().add("hint");
        private_.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        grid.addRow(0, new Label(I18n.t("review.ask.name")), name);
        grid.add(blind, 1, 1);
        grid.add(blindHint, 1, 2);
        grid.addRow(3, new Label(I18n.t("review.ask.evidence")), choices);
        grid.add(private_, 1, 4);
        grid.setMaxWidth(520);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(560);
        return dialog.showAndWait()
                .filter(write::equals)
                .map(ok -> new RequestContents.Choices(
                        name.getText().isBlank()
                                ? Optional.empty()
                                : Optional.of(name.getText().strip()),
                        blind.isSelected(),
                        (EvidenceChoice) evidence.getSelectedToggle().getUserData()));
    }
}
