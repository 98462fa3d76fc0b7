package io.ascent.ui.rhythm;

import io.ascent.domain.ActionItem;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 1:1 agenda dialog: the agenda as Markdown, editable before use, and what the user records
 * after the meeting: the day, the decisions (one per line) and the action items, each of which can
 * become a milestone of their own.
 */
public class AgendaViewModel {

    /** An action item as listed, and whether it should become a milestone once recorded. */
    public record ActionRow(ActionItem item, boolean milestone) {}

    private final List<NextQuestion> questions;
    private final LocalDate today;

    // Properties
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    private final StringProperty decisions = new SimpleStringProperty("");
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final StringProperty actionText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> actionDue = new SimpleObjectProperty<>();
    private final BooleanProperty actionMilestone = new SimpleBooleanProperty(false);
    private final StringBinding problem;
    private final BooleanBinding recordable;
    private final BooleanBinding canAddAction;

    public AgendaViewModel(String markdown, List<NextQuestion> questions, LocalDate today) {
        this.questions = List.copyOf(questions);
        this.today = today;
        text.set(markdown);
        heldOn.set(today);
        problem = Bindings.createStringBinding(this::problemNow, heldOn, text, decisions);
        recordable = problem.isEmpty();
        canAddAction = Bindings.createBooleanBinding(() -> !actionText.get().isBlank(), actionText);
    }

    private String problemNow() {
        if (heldOn.get() == null) {
            return I18n.t("rhythm.agendaDialog.noDate");
        }
        if (heldOn.get().isAfter(today)) {
            return I18n.t("rhythm.error.future", I18n.date(heldOn.get()));
        }
        try {
            new OneOnOne(0, heldOn.get(), text.get(), decisionLines(), List.of());
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    // Properties

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<LocalDate> heldOnProperty() {
        return heldOn;
    }

    public StringProperty decisionsProperty() {
        return decisions;
    }

    public ObservableList<ActionRow> actions() {
        return actions;
    }

    public StringProperty actionTextProperty() {
        return actionText;
    }

    public ObjectProperty<LocalDate> actionDueProperty() {
        return actionDue;
    }

    public BooleanProperty actionMilestoneProperty() {
        return actionMilestone;
    }

    /** Why the 1:1 cannot be recorded as it is, or empty. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding recordableProperty() {
        return recordable;
    }

    public BooleanBinding canAddActionProperty() {
        return canAddAction;
    }

    // Commands

    /** Adds the action item typed below the list, then clears the fields. */
    public void addAction() {
        if (actionText.get().isBlank()) {
            return;
        }
        actions.add(new ActionRow(
                new ActionItem(actionText.get(), Optional.ofNullable(actionDue.get()), Optional.empty()),
                actionMilestone.get()));
        actionText.set("");
        actionDue.set(null);
        actionMilestone.set(false);
    }

    public void removeAction(ActionRow row) {
        actions.remove(row);
    }

    /** The agenda as it stands, for the clipboard. */
    public String markdown() {
        return text.get();
    }

    public List<String> decisionLines() {
        return Arrays.stream(decisions.get().split("\\R")).toList();
    }

    public List<ActionItem> actionItems() {
        return actions.stream().map(ActionRow::item).toList();
    }

    /** The questions the agenda was built with: recording it takes them off the list. */
    public List<Long> answered() {
        return questions.stream().map(NextQuestion::id).toList();
    }
}
