package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.text.I18n;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.review.ReviewCard;
import io.ascent.ui.review.ReviewCardModel;
import io.ascent.ui.review.ReviewCommands;
import io.ascent.ui.review.ReviewDeskView;
import io.ascent.ui.review.ReviewDeskViewModel;
import io.ascent.ui.review.ReviewSession;
import io.ascent.ui.review.ReviewerKeyCommands;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import io.ascent.ui.shell.Commands;
import io.ascent.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The review round in the window, wired in one place: the open plan's reviews (for the pages that
 * show them), the person's commands (ask, import), the reviewer's desk (which takes the window's
 * place under the menu bar while it is shown, so a reviewer never has to make a plan) and key
 * commands.
 */
final class ReviewWiring {

    private final ReviewSession reviews;
    private final ReviewDeskViewModel desk;

    private ReviewWiring(ReviewSession reviews, ReviewDeskViewModel desk) {
        this.reviews = reviews;
        this.desk = desk;
    }

    static ReviewWiring wire(
            AppContext ctx,
            PlanSession session,
            InsightsSession insights,
            TaskRunner runner,
            DialogService dialogs,
            StatusLine status,
            Commands commands) {
        var services = ctx.reviews();
        ReviewSession reviews = new ReviewSession(session, insights, services.requests(), runner, status);
        insights.setManagerRatings(reviews::managerLevels);
        Predicate<Path> targetExists = ctx.exports()::targetExists;
        ReviewCommands person = new ReviewCommands(
                session, reviews, services.requests(), services.imports(), runner, dialogs, status, targetExists);
        ReviewerKeyCommands keys = new ReviewerKeyCommands(services.keys(), runner, dialogs, status, targetExists);
        ReviewDeskViewModel desk =
                new ReviewDeskViewModel(services.answers(), services.keys(), runner, dialogs, status, targetExists);
        commands.register(Commands.ASK_FOR_REVIEW, person::askForReview);
        commands.register(Commands.IMPORT_REVIEW, person::importResponse);
        commands.register(Commands.OPEN_REVIEW_REQUEST, desk::chooseRequest);
        commands.register(Commands.REVIEWS_GIVEN, desk::showGiven);
        commands.register(Commands.EXPORT_REVIEWER_KEY, keys::exportKey);
        commands.register(Commands.IMPORT_REVIEWER_KEY, keys::importKey);
        return new ReviewWiring(reviews, desk);
    }

    ReviewSession reviews() {
        return reviews;
    }

    /** The dashboard's "Manager review" card. */
    ReviewCard card(ZoneId zone) {
        return new ReviewCard(new ReviewCardModel(reviews.comparisonProperty(), zone));
    }

    /** Puts the desk in {@code root}'s centre while it is shown, and {@code plans} back after. */
    void attach(Stage stage, BorderPane root, Node plans, MainViewModel model, AppContext ctx) {
        ReviewDeskView view = new ReviewDeskView(desk, ctx.clock().getZone(), model.statusTextProperty());
        desk.shownProperty().addListener((obs, was, shown) -> root.setCenter(shown ? view : plans));
        stage.titleProperty().unbind();
        stage.titleProperty()
                .bind(Bindings.when(desk.shownProperty())
                        .then(I18n.t("review.desk.windowTitle"))
                        .otherwise(model.titleProperty()));
    }

    /** Opens a request file given on the command line (what a desktop file association does). */
    void open(Path request) {
        desk.open(request);
    }
}
