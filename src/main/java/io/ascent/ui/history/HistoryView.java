package io.ascent.ui.history;

import io.ascent.domain.CheckIn;
import io.ascent.text.I18n;
import io.ascent.ui.common.Icons;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Check-ins over time: readiness as a line, the list of check-ins, and a comparison of two. */
public class HistoryView extends ScrollPane {

    private final HistoryViewModel model;
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
    private final ListView<CheckIn> list = new ListView<>();
    private final ComboBox<CheckIn> from = new ComboBox<>();
    private final ComboBox<CheckIn> to = new ComboBox<>();
    private final VBox moves = new VBox(4);
    private final VBox completed = new VBox(4);
    private final Label winsLogged = new Label();
    private final Button checkIn = Icons.on(new Button(I18n.t("history.checkInNow")), Feather.CHECK_CIRCLE);
    private final Label empty = new Label(I18n.t("history.empty"));
    private final Label note = new Label();

    private final Node[] extraCards;

    /** {@code extraCards} follow the check-ins, full width (the 1:1s). */
    public HistoryView(HistoryViewModel model, Node... extraCards) {
        this.model = model;
        this.extraCards = extraCards;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("history-view");
        setFitToWidth(true);
        Label title = new Label(I18n.t("page.history"));
        title.getStyleClass().add("page-title");
        checkIn.setId("historyCheckIn");
        checkIn.getStyleClass().add("accent");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, checkIn);
        header.setAlignment(Pos.CENTER_LEFT);

        chart.setId("readinessChart");
        chart.setTitle(I18n.t("history.chart"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        empty.setId("historyEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        StackPane chartBox = new StackPane(chart, empty);

        list.setId("checkInList");
        list.setPrefHeight(170);
        list.setCellFactory(v -> {
            CheckInCell cell = new CheckInCell();
            // Fit the list's width and end long notes with "...", instead of a sideways scroll bar.
            cell.setPrefWidth(0);
            return cell;
        });
        from.setId("compareFrom");
        to.setId("compareTo");
        for (ComboBox<CheckIn> box : List.of(from, to)) {
            box.setCellFactory(v -> {
                CheckInCell cell = new CheckInCell();
                // The drop-down as wide as the box, long notes ending in "...", not a list past the window's edge.
                cell.setPrefWidth(0);
                return cell;
            });
            box.setButtonCell(new CheckInCell());
            box.setMaxWidth(Double.MAX_VALUE);
        }
        moves.setId("compareMoves");
        completed.setId("compareCompleted");
        winsLogged.setId("compareWins");
        winsLogged.setWrapText(true);
        VBox compare = new VBox(
                8,
                heading(I18n.t("history.compare")),
                labelled(I18n.t("history.from"), from),
                labelled(I18n.t("history.to"), to),
                heading(I18n.t("history.moves")),
                moves,
                heading(I18n.t("history.completed")),
                completed,
                winsLogged);
        compare.getStyleClass().add("card");
        note.setId("checkInNote");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        note.getStyleClass().add("check-in-note");
        Label noteHint = hint(I18n.t("history.note.hint"));
        noteHint.visibleProperty().bind(note.textProperty().isEmpty());
        noteHint.managedProperty().bind(noteHint.visibleProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        VBox listCard = new VBox(8, heading(I18n.t("history.list")), list, noteHint, note);
        listCard.getStyleClass().add("card");
        HBox lower = new HBox(16, listCard, compare);
        HBox.setHgrow(listCard, Priority.ALWAYS);
        HBox.setHgrow(compare, Priority.ALWAYS);
        listCard.setPrefWidth(100);
        compare.setPrefWidth(100);
        VBox page = new VBox(16, header, chartBox, lower);
        page.getChildren().addAll(extraCards);
        page.getStyleClass().add("history-page");
        setContent(page);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("card-title");
        return label;
    }

    private static HBox labelled(String text, ComboBox<CheckIn> box) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, box);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        return row;
    }

    private void initListeners() {
        list.setItems(model.checkIns());
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, c) -> model.selectedProperty().set(c));
        note.textProperty().bind(model.selectedNoteProperty());
        from.setItems(model.checkIns());
        to.setItems(model.checkIns());
        from.valueProperty().bindBidirectional(model.compareFromProperty());
        to.valueProperty().bindBidirectional(model.compareToProperty());
        checkIn.setOnAction(e -> model.checkIn());
        empty.visibleProperty().bind(Bindings.isEmpty(model.checkIns()));
        chart.visibleProperty().bind(empty.visibleProperty().not());
        model.checkIns().addListener((ListChangeListener<CheckIn>) c -> redrawChart());
        redrawChart();
        fill(model.moves(), moves, I18n.t("history.moves.none"));
        fill(model.completed(), completed, I18n.t("history.completed.none"));
        winsLogged.textProperty().bind(model.winsLoggedProperty());
    }

    private void redrawChart() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (HistoryViewModel.Point p : model.readinessOverTime()) {
            series.getData().add(new XYChart.Data<>(p.label(), p.percent()));
        }
        chart.getData().setAll(List.of(series));
    }

    private void fill(ObservableList<String> items, VBox box, String none) {
        Runnable show = () -> {
            if (model.compareFromProperty().get() == null
                    || model.compareToProperty().get() == null) {
                box.getChildren().setAll(hint(I18n.t("history.compare.needTwo")));
            } else if (items.isEmpty()) {
                box.getChildren().setAll(hint(none));
            } else {
                box.getChildren()
                        .setAll(items.stream()
                                .map(text -> {
                                    Label l = new Label("\u2022 " + text);
                                    l.setWrapText(true);
                                    return l;
                                })
                                .toList());
            }
        };
        items.addListener((ListChangeListener<String>) c -> show.run());
        model.compareFromProperty().addListener((obs, o, n) -> show.run());
        model.compareToProperty().addListener((obs, o, n) -> show.run());
        show.run();
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }

    private final class CheckInCell extends ListCell<CheckIn> {
        @Override
        protected void updateItem(CheckIn item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(isEmpty || item == null ? null : model.describe(item));
        }
    }
}
