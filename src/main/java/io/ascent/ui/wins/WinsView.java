package io.ascent.ui.wins;

import io.ascent.domain.Win;
import io.ascent.text.I18n;
import io.ascent.ui.common.Icons;
import io.ascent.ui.milestones.Choice;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Wins page: a filter bar, the list of wins, and buttons (and the list's menu) to log, edit and
 * remove one, or bring it up at the next 1:1.
 */
public class WinsView extends BorderPane {

    private final WinsViewModel model;
    private final ListView<Win> list = new ListView<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Choice> competency = new ComboBox<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Label empty = new Label(I18n.t("wins.empty"));
    private final Button add = Icons.on(new Button(I18n.t("wins.add")), Feather.PLUS);
    private final Button edit = new Button(I18n.t("wins.edit"));
    private final Button remove = new Button(I18n.t("wins.remove"));
    private final Button ask = new Button(I18n.t("rhythm.ask.action"));
    private final Button clear = new Button(I18n.t("milestones.clearFilters"));
    private final Button importBrag = Icons.on(new Button(I18n.t("wins.import")), Feather.UPLOAD);

    public WinsView(WinsViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setId("winsView");
        getStyleClass().add("wins-view");
        Label title = new Label(I18n.t("page.wins"));
        title.getStyleClass().add("page-title");
        add.setId("winAdd");
        add.getStyleClass().add("accent");
        count.setId("winCount");
        count.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        importBrag.setId("winImport");
        HBox header = new HBox(12, title, count, spacer, importBrag, add);
        header.setAlignment(Pos.CENTER_LEFT);

        from.setId("winFrom");
        to.setId("winTo");
        from.setPromptText(I18n.t("wins.filter.from"));
        to.setPromptText(I18n.t("wins.filter.to"));
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        competency.setPrefWidth(220);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        competency.setId("winCompetency");
        competency.setItems(model.competencies());
        search.setId("winSearch");
        search.setPromptText(I18n.t("wins.filter.search"));
        HBox.setHgrow(search, Priority.ALWAYS);
        clear.setId("winClearFilters");
        HBox filters = new HBox(8, search, competency, from, to, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        list.setId("winList");
        list.setItems(model.shown());
        list.setCellFactory(v -> new WinCell(model::competencyTitles));
        // Every row is three lines: a fixed height spares measuring thousands of rows per keystroke.
        list.setFixedCellSize(WinCell.HEIGHT);
        empty.setId("winsEmpty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        StackPane center = new StackPane(list, empty);
        VBox.setVgrow(center, Priority.ALWAYS);

        edit.setId("winEdit");
        remove.setId("winRemove");
        ask.setId("winAsk");
        ask.setTooltip(new Tooltip(I18n.t("rhythm.ask.winTooltip")));
        list.setContextMenu(contextMenu());
        HBox actions = new HBox(8, edit, remove, ask);
        VBox page = new VBox(12, header, filters, center, actions);
        page.getStyleClass().add("wins-page");
        setCenter(page);
    }

    /** The list's menu: what the buttons below it do, for the win under the pointer. */
    private ContextMenu contextMenu() {
        MenuItem editItem = new MenuItem(I18n.t("wins.edit"));
        editItem.setOnAction(e -> model.edit(list.getSelectionModel().getSelectedItem()));
        MenuItem removeItem = new MenuItem(I18n.t("wins.remove"));
        removeItem.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        MenuItem askItem = new MenuItem(I18n.t("rhythm.ask.action"));
        askItem.setId("winAskItem");
        askItem.setOnAction(e -> model.ask(list.getSelectionModel().getSelectedItem()));
        ContextMenu menu = new ContextMenu(editItem, removeItem, new SeparatorMenuItem(), askItem);
        menu.setOnShowing(e -> menu.getItems()
                .forEach(i -> i.setDisable(list.getSelectionModel().getSelectedItem() == null)));
        return menu;
    }

    private void initListeners() {
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        competency.valueProperty().bindBidirectional(model.competencyProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        count.textProperty().bind(model.countText());
        empty.visibleProperty().bind(Bindings.isEmpty(model.shown()));
        empty.textProperty().bind(model.emptyText());
        list.visibleProperty().bind(empty.visibleProperty().not());
        edit.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(edit.disableProperty());
        ask.disableProperty().bind(edit.disableProperty());
        ask.setOnAction(e -> model.ask(list.getSelectionModel().getSelectedItem()));
        add.setOnAction(e -> model.add());
        importBrag.setOnAction(e -> model.importBrag());
        edit.setOnAction(e -> model.edit(list.getSelectionModel().getSelectedItem()));
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        clear.setOnAction(e -> model.clearFilters());
        list.setOnMouseClicked(e -> {
            Win win = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && win != null) {
                model.edit(win);
            }
        });
        list.setOnKeyPressed(e -> {
            Win win = list.getSelectionModel().getSelectedItem();
            if (win == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                model.edit(win);
            } else if (e.getCode() == KeyCode.DELETE) {
                model.remove(win);
            }
        });
    }
}
