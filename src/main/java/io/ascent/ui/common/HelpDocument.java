package io.ascent.ui.common;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A help page as the dialog shows it: a title, then each section's heading and wrapped paragraphs, scrolling. */
final class HelpDocument {

    private HelpDocument() {}

    static ScrollPane of(String title, List<DocumentSection> sections) {
        VBox page = new VBox(6);
        page.setId("helpDocument");
        page.getStyleClass().add("help-document");
        Label heading = new Label(title);
        heading.getStyleClass().add("help-title");
        page.getChildren().add(heading);
        for (DocumentSection section : sections) {
            Label sectionHeading = wrapping(new Label(section.heading()));
            sectionHeading.getStyleClass().add("help-heading");
            page.getChildren().add(sectionHeading);
            for (String paragraph : section.paragraphs()) {
                page.getChildren().add(wrapping(new Label(paragraph)));
            }
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(560);
        scroll.setPrefViewportHeight(420);
        scroll.getStyleClass().add("help-scroll");
        return scroll;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
