package io.ascent.ui.wins;

import io.ascent.text.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The dashboard's "Recent wins" card: the last few, the nudge, and a link to log one. */
public class RecentWinsCard extends VBox {

    private final RecentWinsModel model;
    private final VBox lines = new VBox(4);
    private final Label nudge = new Label();
    private final Button log = new Button(I18n.t("wins.add"));
    private final Runnable onLog;

    public RecentWinsCard(RecentWinsModel model, Runnable onLog) {
        this.model = model;
        this.onLog = onLog;
        createView();
        initListeners();
    }

    private void createView() {
        setId("dashboardWinsCard");
        setSpacing(8);
        getStyleClass().add("card");
        Label heading = new Label(I18n.t("dashboard.wins"));
        heading.getStyleClass().add("card-title");
        lines.setId("dashboardWins");
        nudge.setId("dashboardWinNudge");
        nudge.setWrapText(true);
        nudge.getStyleClass().add("hint");
        log.setId("dashboardLogWin");
        getChildren().addAll(heading, nudge, lines, log);
    }

    private void initListeners() {
        nudge.textProperty().bind(model.nudgeProperty());
        nudge.visibleProperty().bind(Bindings.isNotEmpty(model.nudgeProperty()));
        nudge.managedProperty().bind(nudge.visibleProperty());
        model.recent().addListener((ListChangeListener<String>) c -> fill());
        fill();
        log.setOnAction(e -> onLog.run());
    }

    private void fill() {
        lines.getChildren()
                .setAll(model.recent().stream()
                        .map(text -> {
                            Label line = new Label(text);
                            line.setWrapText(true);
                            return line;
                        })
                        .toList());
    }
}
