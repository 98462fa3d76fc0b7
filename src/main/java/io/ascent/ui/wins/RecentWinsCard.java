package io.ascent.ui.wins;

import io.ascent.text.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
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
        model.recent().addListener((ListChangeListener<RecentWinsModel.Line>) c -> fill());
        fill();
        log.setOnAction(e -> onLog.run());
    }

    private void fill() {
        lines.getChildren()
                .setAll(model.recent().stream().map(RecentWinsCard::line).toList());
    }

    /** A win's line; a private one carries the Wins page's "Private" badge, so a shared screen shows it. */
    private static Node line(RecentWinsModel.Line win) {
        Label text = new Label(win.text());
        text.setWrapText(true);
        if (!win.isPrivate()) {
            return text;
        }
        Label mark = new Label(I18n.t("wins.private"));
        mark.getStyleClass().add("badge");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, text, mark);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
