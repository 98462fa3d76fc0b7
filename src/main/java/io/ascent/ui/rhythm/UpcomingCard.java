package io.ascent.ui.rhythm;

import io.ascent.text.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The dashboard card that lists what is due or overdue soon, each row a link to the thing itself. */
public class UpcomingCard extends VBox {

    static final String OVERDUE = "overdue";

    private final UpcomingViewModel model;
    private final VBox rows = new VBox(6);

    public UpcomingCard(UpcomingViewModel model) {
        super(8);
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setId("dashboardUpcoming");
        getStyleClass().add("card");
        Label heading = new Label(I18n.t("dashboard.upcoming"));
        heading.getStyleClass().add("card-title");
        rows.setId("upcomingRows");
        getChildren().addAll(heading, rows);
    }

    private void initListeners() {
        model.rows().addListener((ListChangeListener<UpcomingViewModel.Row>) c -> fill());
        fill();
    }

    private void fill() {
        if (model.rows().isEmpty()) {
            Label none = new Label(model.emptyText());
            none.setId("upcomingNone");
            none.setWrapText(true);
            none.getStyleClass().add("hint");
            rows.getChildren().setAll(none);
            return;
        }
        rows.getChildren().clear();
        for (int i = 0; i < model.rows().size(); i++) {
            UpcomingViewModel.Row row = model.rows().get(i);
            Hyperlink what = new Hyperlink(row.what());
            what.setId("upcoming-" + i);
            what.setWrapText(true);
            what.setOnAction(e -> model.open(row));
            Label when = new Label(row.when());
            when.setId("upcomingWhen-" + i);
            // Four cards share the dashboard's top row: "overdue since Oct 29, 2026" wraps, not cut.
            when.setWrapText(true);
            when.getStyleClass().add(row.overdue() ? OVERDUE : "hint");
            rows.getChildren().add(new VBox(0, what, when));
        }
    }
}
