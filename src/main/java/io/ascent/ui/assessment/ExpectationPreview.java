package io.ascent.ui.assessment;

import io.ascent.domain.Competency;
import io.ascent.domain.Level;
import io.ascent.text.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A competency's expectations at a level and its neighbours, with what falling short and doing
 * well look like. Behind the shown preview, invisible, lies every preview it can show: it keeps
 * the height of the tallest, so pointing at another level never moves the justification or the
 * next card under the mouse.
 */
final class ExpectationPreview extends StackPane {

    private final AssessmentViewModel model;
    private final Competency competency;
    private final List<Level> levels;
    private final VBox preview = new VBox(4);

    ExpectationPreview(AssessmentViewModel model, Competency competency, List<Level> levels) {
        this.model = model;
        this.competency = competency;
        this.levels = levels;
        preview.getStyleClass().add("expectations");
        setAlignment(Pos.TOP_LEFT);
        Level current = model.currentLevel().orElse(levels.get(0));
        List<VBox> ghosts = new ArrayList<>();
        ghosts.add(fill(new VBox(4), current, true));
        for (Level level : levels) {
            ghosts.add(fill(new VBox(4), level, false));
        }
        for (VBox ghost : ghosts) {
            ghost.setVisible(false);
            ghost.getStyleClass().add("expectations");
            // Only the shown preview carries ids: a lookup must never find an invisible copy.
            ghost.getChildren().forEach(node -> node.setId(null));
            getChildren().add(ghost);
        }
        getChildren().add(preview);
    }

    /** What falling short and doing well look like at {@code level}, where the ladder says. */
    private List<Label> descriptors(Level level) {
        return model.descriptor(competency, level)
                .map(d -> Stream.of(
                                descriptor("assessment.notYet", d.notYet(), "descriptor-not-yet"),
                                descriptor("assessment.strong", d.strong(), "descriptor-strong"))
                        .flatMap(Optional::stream)
                        .toList())
                .orElse(List.of());
    }

    private Optional<Label> descriptor(String key, String text, String styleClass) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Label label = new Label(I18n.t(key, text));
        label.setWrapText(true);
        label.setId(styleClass + "-" + AssessmentView.safeId(competency.id()));
        label.getStyleClass().addAll("descriptor", styleClass);
        return Optional.of(label);
    }

    /** The chosen level between its neighbours; unrated (null) shows the plan's current level the same way. */
    void show(Level chosen) {
        fill(preview, chosen != null ? chosen : model.currentLevel().orElse(levels.get(0)), chosen == null);
    }

    private VBox fill(VBox box, Level centre, boolean unrated) {
        int i = levels.indexOf(centre);
        box.getChildren().clear();
        for (int j = Math.max(0, i - 1); j <= Math.min(levels.size() - 1, i + 1); j++) {
            Level level = levels.get(j);
            Label line =
                    new Label(I18n.t("assessment.expectation", level.title(), model.expectation(competency, level)));
            line.setWrapText(true);
            line.setMinHeight(Label.USE_PREF_SIZE);
            line.getStyleClass().add(j == i ? "expectation-chosen" : "expectation");
            box.getChildren().add(line);
            if (j == i) {
                box.getChildren().addAll(descriptors(level));
            }
        }
        if (unrated) {
            Label hint = new Label(I18n.t("assessment.notRated", centre.title()));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            box.getChildren().add(0, hint);
        }
        return box;
    }
}
