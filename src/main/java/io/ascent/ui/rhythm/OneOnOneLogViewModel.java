package io.ascent.ui.rhythm;

import io.ascent.domain.OneOnOne;
import io.ascent.domain.PlanSnapshot;
import io.ascent.service.OneOnOneService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.RhythmSession;
import io.ascent.ui.session.StatusLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The History page's 1:1s: the open plan's log, newest first, read again when the plan or its rhythm changes. */
public class OneOnOneLogViewModel {

    private final PlanSession session;
    private final OneOnOneService oneOnOnes;
    private final TaskRunner runner;
    private final StatusLine status;

    // Properties
    private final ObservableList<OneOnOne> log = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh wrapper per call would be dropped with it.
    private final ObservableList<OneOnOne> logReadOnly = FXCollections.unmodifiableObservableList(log);
    private long shownPlan = -1;

    public OneOnOneLogViewModel(
            PlanSession session,
            RhythmSession changes,
            OneOnOneService oneOnOnes,
            TaskRunner runner,
            StatusLine status) {
        this.session = session;
        this.oneOnOnes = oneOnOnes;
        this.runner = runner;
        this.status = status;
        session.currentProperty().addListener((obs, old, view) -> {
            if (view == null || view.plan().id() != shownPlan) {
                refresh();
            }
        });
        changes.countProperty().addListener((obs, old, count) -> refresh());
        refresh();
    }

    private void refresh() {
        PlanSnapshot view = session.current().orElse(null);
        if (view == null) {
            log.clear();
            return;
        }
        long planId = view.plan().id();
        shownPlan = planId;
        runner.run(
                () -> {
                    List<OneOnOne> newestFirst = new ArrayList<>(oneOnOnes.log(planId));
                    Collections.reverse(newestFirst);
                    return newestFirst;
                },
                list -> {
                    if (shownPlan == planId) {
                        log.setAll(list);
                    }
                },
                status::reportError);
    }

    // Properties

    /** The plan's 1:1s, newest first. */
    public ObservableList<OneOnOne> log() {
        return logReadOnly;
    }
}
