package io.ascent.ui.plan;

import io.ascent.service.ExportFormat;
import io.ascent.text.I18n;
import io.ascent.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Plan: the development plan page by page as it will print, with print, export and import. */
public class PlanPreviewView extends BorderPane {

    private static final double MAX_PAGE_WIDTH = 820;

    private final PlanPreviewViewModel model;
    private final CheckBox includeNotes = new CheckBox(I18n.t("plan.includeNotes"));
    private final Button printButton = new Button(I18n.t("plan.print"));
    private final Button exportPdfButton = new Button(I18n.t("plan.exportPdf"));
    private final Button exportMdButton = new Button(I18n.t("plan.exportMarkdown"));
    private final Button exportJsonButton = new Button(I18n.t("plan.exportJson"));
    private final Button importButton = new Button(I18n.t("plan.importJson"));
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label message = new Label();
    private final Pagination pagination = new Pagination(1, 0);
    private final VBox preparing = new VBox(10);

    public PlanPreviewView(PlanPreviewViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("plan-preview-view");
        includeNotes.setId("includeNotes");
        printButton.setId("printButton");
        printButton.getStyleClass().add("accent");
        Icons.on(printButton, Feather.PRINTER);
        Icons.on(exportPdfButton, Feather.DOWNLOAD);
        Icons.on(importButton, Feather.UPLOAD);
        exportPdfButton.setId("exportPdfButton");
        exportMdButton.setId("exportMdButton");
        exportJsonButton.setId("exportJsonButton");
        importButton.setId("importJsonButton");
        busy.setId("exportProgress");
        busy.setMaxSize(22, 22);
        message.setId("planMessage");
        message.getStyleClass().add("plan-message");
        pagination.setId("previewPages");
        pagination.getStyleClass().add("preview-pages");

        HBox group = new HBox(8, exportPdfButton, exportMdButton, exportJsonButton);
        group.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = new FlowPane(12, 8, printButton, group, importButton, includeNotes, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setRowValignment(VPos.CENTER);
        actions.getStyleClass().add("plan-actions");
        Label hint = new Label(I18n.t("plan.notesHint"));
        hint.getStyleClass().add("hint");
        VBox top = new VBox(6, actions, hint, message);
        top.getStyleClass().add("plan-toolbar");
        setTop(top);

        Label preparingText = new Label(I18n.t("plan.preparing"));
        preparingText.getStyleClass().add("hint");
        preparing.getChildren().addAll(new ProgressIndicator(), preparingText);
        preparing.setAlignment(Pos.CENTER);
        preparing.setId("previewPreparing");
        preparing.setMouseTransparent(true);
        setCenter(new StackPane(pagination, preparing));
    }

    private void initListeners() {
        includeNotes.selectedProperty().bindBidirectional(model.includeNotesProperty());
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        preparing.visibleProperty().bind(model.renderingProperty());
        pagination.visibleProperty().bind(model.pageCountProperty().greaterThan(0));
        for (Button b : new Button[] {printButton, exportPdfButton, exportMdButton, exportJsonButton, importButton}) {
            b.disableProperty().bind(model.busyProperty());
        }
        printButton.setOnAction(e -> model.print(getScene().getWindow()));
        exportPdfButton.setOnAction(e -> model.exportAs(ExportFormat.PDF));
        exportMdButton.setOnAction(e -> model.exportAs(ExportFormat.MD));
        exportJsonButton.setOnAction(e -> model.exportAs(ExportFormat.JSON));
        importButton.setOnAction(e -> model.importPlan());
        model.pageCountProperty().addListener((obs, old, count) -> {
            if (count.intValue() > 0) {
                int keep = Math.min(pagination.getCurrentPageIndex(), count.intValue() - 1);
                pagination.setPageCount(count.intValue());
                // A new factory makes the pagination draw the current page of the new document.
                pagination.setPageFactory(this::page);
                pagination.setCurrentPageIndex(keep);
            }
        });
        sceneProperty().addListener((obs, old, scene) -> model.setActive(scene != null));
        model.setActive(getScene() != null);
    }

    private Node page(int index) {
        ImageView image = new ImageView();
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setId("previewPage");
        StackPane sheet = new StackPane(image);
        sheet.getStyleClass().add("preview-sheet");
        sheet.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane centred = new StackPane(sheet);
        centred.getStyleClass().add("preview-desk");
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        image.fitWidthProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.max(
                                200,
                                Math.min(
                                        MAX_PAGE_WIDTH,
                                        scroll.getViewportBounds().getWidth() - 56)),
                        scroll.viewportBoundsProperty()));
        model.page(index, image::setImage);
        return scroll;
    }
}
