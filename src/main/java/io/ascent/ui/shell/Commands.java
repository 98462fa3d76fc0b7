package io.ascent.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Actions that features offer to the menus and shortcuts (check in, print, undo, find, ...),
 * registered by id when a feature is wired, so the menu bar needs no knowledge of the features.
 */
public final class Commands {

    /** Ids the menu bar places; a feature registers the ones it implements. */
    public static final String CHECK_IN = "checkIn";

    public static final String PRINT = "print";
    public static final String EXPORT_PDF = "exportPdf";
    public static final String IMPORT_PLAN = "importPlan";
    public static final String IMPORT_FRAMEWORK = "importFramework";
    public static final String UNDO = "undo";
    public static final String REDO = "redo";
    public static final String FIND = "find";
    public static final String ADD_WIN = "addWin";
    public static final String PACKET = "packet";
    public static final String RHYTHM = "rhythm";
    public static final String AGENDA = "agenda";
    public static final String QUESTION = "question";
    public static final String CALENDAR = "calendar";
    public static final String EDIT_PLAN = "editPlan";
    public static final String REACHED = "reached";
    public static final String ADD_MILESTONE = "addMilestone";
    public static final String ASK_FOR_REVIEW = "askForReview";
    public static final String OPEN_REVIEW_REQUEST = "openReviewRequest";
    public static final String REVIEWS_GIVEN = "reviewsGiven";
    public static final String IMPORT_REVIEW = "importReview";
    public static final String EXPORT_REVIEWER_KEY = "exportReviewerKey";
    public static final String IMPORT_REVIEWER_KEY = "importReviewerKey";

    /** The commands that work without an open plan (a reviewer may have none). */
    static final Set<String> WITHOUT_PLAN = Set.of(
            IMPORT_FRAMEWORK,
            IMPORT_PLAN,
            OPEN_REVIEW_REQUEST,
            REVIEWS_GIVEN,
            IMPORT_REVIEW,
            EXPORT_REVIEWER_KEY,
            IMPORT_REVIEWER_KEY);

    public static final String REFRESH = "refresh";

    public record Command(String id, Runnable action, ObservableBooleanValue disabled) {}

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public void register(String id, Runnable action) {
        register(id, action, Bindings.createBooleanBinding(() -> false));
    }

    public void register(String id, Runnable action, ObservableBooleanValue disabled) {
        commands.put(id, new Command(id, action, disabled));
    }

    public Optional<Command> get(String id) {
        return Optional.ofNullable(commands.get(id));
    }
}
