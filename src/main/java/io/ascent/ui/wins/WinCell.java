package io.ascent.ui.wins;

import io.ascent.domain.Win;
import io.ascent.domain.WinWords;
import io.ascent.text.I18n;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One win in the list: date, title, a private mark, its impact and its competencies. */
final class WinCell extends ListCell<Win> {

    /** Three lines of text and the cell's padding. */
    static final double HEIGHT = 68;

    private final Label date = new Label();
    private final Label title = new Label();
    private final Label privateMark = new Label(I18n.t("wins.private"));
    private final Label impact = new Label();
    private final Label tags = new Label();
    private final VBox box;
    private final Function<Win, String> competencyTitles;

    WinCell(Function<Win, String> competencyTitles) {
        this.competencyTitles = competencyTitles;
        date.getStyleClass().add("win-date");
        title.getStyleClass().add("win-title");
        title.setMinWidth(0);
        privateMark.getStyleClass().add("badge");
        impact.getStyleClass().add("win-impact");
        tags.getStyleClass().add("hint");
        tags.setMinWidth(0);
        HBox top = new HBox(10, date, title, privateMark);
        top.setAlignment(Pos.BASELINE_LEFT);
        box = new VBox(2, top, impact, tags);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Win win, boolean empty) {
        super.updateItem(win, empty);
        if (empty || win == null) {
            setGraphic(null);
            return;
        }
        date.setText(I18n.date(win.date()));
        title.setText(win.title());
        privateMark.setVisible(!win.shareable());
        privateMark.setManaged(!win.shareable());
        impact.setText(WinWords.impact(win.impact()));

        tags.setText(competencyTitles.apply(win));

        setGraphic(box);
    }
}
