package io.ascent.ui.wins;

import io.ascent.text.I18n;
import io.ascent.ui.common.DateField;
import io.ascent.ui.common.FormFields;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The fields of one win: what, when, impact, links, tags ("counts for...") and privacy. */
public class WinFormView extends VBox {

    private final WinFormModel model;
    private final TextField title = new TextField();
    private final DateField date = new DateField();
    private final TextArea story = new TextArea();
    private final TextField metric = new TextField();
    private final TextField before = new TextField();
    private final TextField after = new TextField();
    private final TextField share = new TextField();
    private final TextArea links = new TextArea();
    private final CheckBox privateBox = new CheckBox(I18n.t("win.form.private"));
    private final ListView<Tag> competencies = new ListView<>();
    private final ListView<Tag> milestones = new ListView<>();
    private final TextField milestoneSearch = new TextField();
    private final Label problem = new Label();

    public WinFormView(WinFormModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setId("winForm");
        setSpacing(8);
        setPrefWidth(640);
        title.setId("winTitle");
        title.setPromptText(I18n.t("win.form.title.prompt"));
        date.setId("winDate");
        story.setId("winStory");
        story.setPromptText(I18n.t("win.form.story.prompt"));
        story.setWrapText(true);
        story.setPrefRowCount(3);
        metric.setId("winMetric");
        metric.setPromptText(I18n.t("win.form.metric"));
        before.setId("winBefore");
        before.setPromptText(I18n.t("win.form.before"));
        after.setId("winAfter");
        after.setPromptText(I18n.t("win.form.after"));
        share.setId("winShare");
        share.setPromptText(I18n.t("win.form.share"));
        links.setId("winLinks");
        links.setPromptText(I18n.t("win.form.links.prompt"));
        links.setPrefRowCount(2);
        privateBox.setId("winPrivate");
        // The label is a sentence: it wraps at the dialog's width rather than being cut.
        privateBox.setWrapText(true);
        privateBox.setMaxWidth(Double.MAX_VALUE);
        competencies.setId("winCompetencies");
        competencies.setItems(FXCollections.observableArrayList(model.competencies()));
        competencies.setCellFactory(list -> wrapping(new CheckBoxListCell<>(Tag::selectedProperty)));
        competencies.setPrefHeight(150);
        FilteredList<Tag> shownMilestones = new FilteredList<>(FXCollections.observableArrayList(model.milestones()));
        milestoneSearch.setId("winMilestoneSearch");
        milestoneSearch.setPromptText(I18n.t("win.form.milestones.search"));
        milestoneSearch.textProperty().addListener((obs, old, text) -> {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            shownMilestones.setPredicate(t ->
                    wanted.isEmpty() || t.toString().toLowerCase(Locale.ROOT).contains(wanted));
        });
        milestones.setId("winMilestones");
        milestones.setItems(shownMilestones);
        milestones.setCellFactory(list -> wrapping(new CheckBoxListCell<>(Tag::selectedProperty)));
        milestones.setPrefHeight(150);
        problem.setId("winProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);

        GridPane top = new GridPane();
        top.setHgap(8);
        top.setVgap(6);
        top.addRow(0, label("win.form.title"), title, label("win.form.date"), date);
        GridPane.setHgrow(title, Priority.ALWAYS);
        HBox impact = new HBox(6, metric, before, after, share);
        VBox competencyBox = new VBox(4, label("win.form.competencies"), competencies);
        VBox milestoneBox = new VBox(4, label("win.form.milestones"), milestoneSearch, milestones);
        HBox.setHgrow(competencyBox, Priority.ALWAYS);
        HBox.setHgrow(milestoneBox, Priority.ALWAYS);
        getChildren()
                .addAll(
                        top,
                        FormFields.dateError("winDateError", date, new SimpleStringProperty("")),
                        label("win.form.story"),
                        story,
                        label("win.form.impact"),
                        impact,
                        label("win.form.links"),
                        links,
                        new HBox(12, competencyBox, milestoneBox),
                        privateBox,
                        problem);
    }

    /** A cell whose title wraps within the list's width (a long milestone title is never cut). */
    private static ListCell<Tag> wrapping(ListCell<Tag> cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }

    private static Node label(String key) {
        Label label = new Label(I18n.t(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    private void initListeners() {
        title.textProperty().bindBidirectional(model.titleProperty());
        date.valueProperty().bindBidirectional(model.dateProperty());
        model.dateUnreadableProperty().bind(date.unreadableProperty());
        story.textProperty().bindBidirectional(model.storyProperty());
        metric.textProperty().bindBidirectional(model.metricProperty());
        before.textProperty().bindBidirectional(model.beforeProperty());
        after.textProperty().bindBidirectional(model.afterProperty());
        share.textProperty().bindBidirectional(model.shareProperty());
        links.textProperty().bindBidirectional(model.linksProperty());
        privateBox.selectedProperty().bindBidirectional(model.privateProperty());
        problem.textProperty().bind(model.problemProperty());
    }

    /** Puts the cursor in the title, where logging a win starts. */
    public void focusTitle() {
        title.requestFocus();
    }
}
