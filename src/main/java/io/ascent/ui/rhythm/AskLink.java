package io.ascent.ui.rhythm;

import io.ascent.domain.Milestone;
import io.ascent.text.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;

/**
 * The milestone details' small "Bring it up at my next 1:1..." action: keeps a question about the
 * milestone shown for the next 1:1's agenda. A link in the details, not a toolbar button: the
 * Milestones toolbar has no room to spare in Spanish at 1120 pixels.
 */
public final class AskLink extends Hyperlink {

    public AskLink(ObservableValue<Milestone> milestone, QuestionCommand questions) {
        super(I18n.t("rhythm.ask.action"));
        setId("askNextOneOnOne");
        setTooltip(new Tooltip(I18n.t("rhythm.ask.milestoneTooltip")));
        setWrapText(true);
        disableProperty().bind(Bindings.createBooleanBinding(() -> milestone.getValue() == null, milestone));
        setOnAction(e -> {
            Milestone shown = milestone.getValue();
            if (shown != null) {
                questions.ask(shown.title());
            }
        });
    }
}
