package io.ascent.ui.framework;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.text.LevelWords;
import io.ascent.text.I18n;
import io.ascent.ui.framework.FrameworkViewModel.Cell;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The ladder as a matrix: a header row of levels, then per area a heading row and one row per
 * competency, with each level's expectation in a wrapped, clickable cell.
 */
final class MatrixGrid extends GridPane {

    static final double COMPETENCY_WIDTH = 160;
    static final double LEVEL_MIN_WIDTH = 145;
    static final double LEVEL_MAX_WIDTH = 360;

    private final Map<Cell, VBox> cells = new HashMap<>();

    MatrixGrid() {
        setId("frameworkMatrix");
        getStyleClass().add("framework-matrix");
    }

    void show(
            Framework framework,
            List<Competency> competencies,
            BiFunction<Competency, Level, String> counts,
            Consumer<Cell> onSelect) {
        getChildren().clear();
        getColumnConstraints().clear();
        cells.clear();
        if (framework == null) {
            return;
        }
        ColumnConstraints first = new ColumnConstraints(COMPETENCY_WIDTH, COMPETENCY_WIDTH, COMPETENCY_WIDTH);
        getColumnConstraints().add(first);
        add(header(I18n.t("framework.matrix.competency"), ""), 0, 0);
        for (int c = 0; c < framework.levels().size(); c++) {
            Level level = framework.levels().get(c);
            getColumnConstraints().add(levelColumn(framework.levels().size()));
            add(header(LevelWords.withTrack(framework, level), level.summary()), c + 1, 0);
        }
        int row = 1;
        String area = null;
        for (Competency competency : competencies) {
            if (!Objects.equals(area, competency.area())) {
                area = competency.area();
                Label heading = new Label(area);
                heading.getStyleClass().add("matrix-area");
                heading.setMaxWidth(Double.MAX_VALUE);
                add(heading, 0, row++, framework.levels().size() + 1, 1);
            }
            add(competencyCell(framework, competency), 0, row);
            for (int c = 0; c < framework.levels().size(); c++) {
                Level level = framework.levels().get(c);
                Cell cell = new Cell(competency, level);
                VBox box = expectationCell(cell, counts.apply(competency, level));
                box.setOnMouseClicked(e -> onSelect.accept(cell));
                cells.put(cell, box);
                add(box, c + 1, row);
            }
            row++;
        }
    }

    /** Marks the selected cell; {@code null} clears the mark. */
    void highlight(Cell selected) {
        cells.forEach((cell, box) -> {
            box.getStyleClass().remove("selected");
            if (cell.equals(selected)) {
                box.getStyleClass().add("selected");
            }
        });
    }

    /** Level columns share the width equally, wrapping their text, and scroll below a readable minimum. */
    private static ColumnConstraints levelColumn(int levels) {
        ColumnConstraints constraints = new ColumnConstraints(LEVEL_MIN_WIDTH, LEVEL_MIN_WIDTH, LEVEL_MAX_WIDTH);
        constraints.setHgrow(Priority.ALWAYS);
        constraints.setFillWidth(true);
        return constraints;
    }

    private static Label header(String title, String summary) {
        Label label = new Label(title);
        label.getStyleClass().add("matrix-header");
        label.setMaxHeight(Double.MAX_VALUE);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        if (!summary.isEmpty()) {
            Tooltip tooltip = new Tooltip(summary);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(360);
            label.setTooltip(tooltip);
        }
        return label;
    }

    private static VBox competencyCell(Framework framework, Competency competency) {
        Label title = new Label(competency.title());
        title.setWrapText(true);
        title.getStyleClass().add("matrix-competency-title");
        VBox box = new VBox(4, title);
        competency.specializationId().flatMap(framework::specialization).ifPresent(s -> {
            Label badge = new Label(s.title());
            badge.getStyleClass().add("badge");
            box.getChildren().add(badge);
        });
        if (!competency.description().isEmpty()) {
            Tooltip tooltip = new Tooltip(competency.description());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(360);
            Tooltip.install(box, tooltip);
        }
        box.getStyleClass().add("matrix-competency");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    private static VBox expectationCell(Cell cell, String milestones) {
        Label text = new Label(cell.competency().expectationAt(cell.level().id()));
        text.setWrapText(true);
        text.getStyleClass().add("matrix-expectation");
        Label count = new Label(milestones);
        count.setWrapText(true);
        count.getStyleClass().add("matrix-count");
        VBox box = new VBox(6, text, count);
        box.setId(("cell-" + cell.competency().id() + "-" + cell.level().id()).replaceAll("[^A-Za-z0-9_-]", "_"));
        box.getStyleClass().add("matrix-cell");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        GridPane.setValignment(box, VPos.TOP);
        return box;
    }
}
