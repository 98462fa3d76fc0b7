package io.ascent.ui.common;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A wrapping label that takes the height of the longest text it may show, so what is below it
 * stays put when its text changes (a click aimed at the next row must not land on another).
 * The other texts are laid out invisibly behind it to reserve their room.
 */
public final class SteadyLabel extends StackPane {

    private final Label label = new Label();

    public SteadyLabel(List<String> texts, String... styleClasses) {
        setAlignment(Pos.TOP_LEFT);
        for (String text : texts) {
            Label ghost = wrapping(new Label(text), styleClasses);
            ghost.setVisible(false);
            getChildren().add(ghost);
        }
        getChildren().add(wrapping(label, styleClasses));
    }

    /** The label that is shown: set or bind its text. */
    public Label label() {
        return label;
    }

    private static Label wrapping(Label l, String... styleClasses) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }
}
