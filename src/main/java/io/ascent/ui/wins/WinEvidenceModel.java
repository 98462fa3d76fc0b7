package io.ascent.ui.wins;

import io.ascent.domain.Milestone;
import io.ascent.domain.Win;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.WinsSession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The wins that serve as evidence for the milestone shown in the details pane, and the commands
 * to add one ("add a win as evidence": an existing win, or a new one) or take one back.
 */
public class WinEvidenceModel {

    private final PlanSession session;
    private final WinsSession wins;
    private final WinEditor editor;
    private final ObservableValue<Milestone> milestone;

    // Properties
    private final ObservableList<Win> evidence = FXCollections.observableArrayList();
    private final ObservableList<Win> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Win> chosen = new SimpleObjectProperty<>();

    public WinEvidenceModel(
            PlanSession session, WinsSession wins, WinEditor editor, ObservableValue<Milestone> milestone) {
        this.session = session;
        this.wins = wins;
        this.editor = editor;
        this.milestone = milestone;
        wins.wins().addListener((ListChangeListener<Win>) c -> refresh());
        milestone.addListener((obs, old, m) -> refresh());
        refresh();
    }

    private void refresh() {
        Milestone m = milestone.getValue();
        if (m == null) {
            evidence.clear();
            candidates.clear();
            return;
        }
        evidence.setAll(wins.wins().filtered(w -> w.countsFor(m.id())));
        candidates.setAll(wins.wins().filtered(w -> !w.countsFor(m.id())));
        chosen.set(null);
    }

    /** The wins that count for the shown milestone, newest first. */
    public ObservableList<Win> evidence() {
        return evidence;
    }

    /** The plan's other wins, which could be added as evidence. */
    public ObservableList<Win> candidates() {
        return candidates;
    }

    public ObjectProperty<Win> chosenProperty() {
        return chosen;
    }

    // Commands

    /** Makes the chosen win count for the shown milestone. */
    public void addChosen() {
        Milestone m = milestone.getValue();
        Win win = chosen.get();
        if (m != null && win != null) {
            wins.update(win, win.countingFor(m.id()));
        }
    }

    /** Logs a new win that counts for the shown milestone. */
    public void logNew() {
        Milestone m = milestone.getValue();
        session.editable().ifPresent(view -> {
            if (m != null) {
                editor.edit(WinFormModel.forNewEvidence(view, wins.today(), m.id()))
                        .ifPresent(wins::add);
            }
        });
    }

    public void takeBack(Win win) {
        Milestone m = milestone.getValue();
        if (m != null) {
            wins.update(win, win.notCountingFor(m.id()));
        }
    }
}
