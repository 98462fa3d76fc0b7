package io.ascent.ui.session;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.service.BragPreview;
import io.ascent.service.WinChangedException;
import io.ascent.service.WinService;
import io.ascent.text.I18n;
import io.ascent.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open plan's wins, shared by the Wins page, the dashboard and the milestone details:
 * loaded when a plan opens, changed through {@link WinService} in the background, each change
 * undoable ({@link WinChange}). A change refused because the win was changed elsewhere shows
 * why and reloads the list.
 */
public class WinsSession {

    private final PlanSession session;
    private final WinService wins;
    private final TaskRunner runner;
    private final StatusLine status;
    private final EditHistory history;

    // Properties
    private final ObservableList<Win> list = FXCollections.observableArrayList();
    private final ObservableList<Win> readOnly = FXCollections.unmodifiableObservableList(list);
    private long loadedPlanId = -1;

    public WinsSession(
            PlanSession session, WinService wins, TaskRunner runner, StatusLine status, EditHistory history) {
        this.session = session;
        this.wins = wins;
        this.runner = runner;
        this.status = status;
        this.history = history;
        session.currentProperty().addListener((obs, old, view) -> {
            if (view == null) {
                loadedPlanId = -1;
                list.clear();
            } else if (view.plan().id() != loadedPlanId) {
                reload();
            }
        });
        session.current().ifPresent(v -> reload());
    }

    /** The open plan's wins, newest first. */
    public ObservableList<Win> wins() {
        return readOnly;
    }

    public LocalDate today() {
        return wins.today();
    }

    // Commands

    /** Reads the open plan's wins again. */
    public void reload() {
        Optional<PlanSnapshot> view = session.current();
        if (view.isEmpty()) {
            return;
        }
        long planId = view.get().plan().id();
        loadedPlanId = planId;
        runner.run(
                () -> wins.wins(planId),
                read -> {
                    if (loadedPlanId == planId) {
                        list.setAll(read);
                    }
                },
                status::reportError);
    }

    /** Logs a new win in the open plan. */
    public void add(Win win) {
        change(Optional.empty(), Optional.of(win), I18n.t("undo.winAdded", win.title()));
    }

    /** Replaces {@code shown} by {@code wanted}. */
    public void update(Win shown, Win wanted) {
        change(Optional.of(shown), Optional.of(wanted.withId(shown.id())), I18n.t("undo.winEdited", wanted.title()));
    }

    public void remove(Win shown) {
        change(Optional.of(shown), Optional.empty(), I18n.t("undo.winRemoved", shown.title()));
    }

    private void change(Optional<Win> before, Optional<Win> after, String description) {
        session.editable().ifPresent(view -> history.perform(new WinChange(this, view, before, after, description)));
    }

    /**
     * Writes {@code wanted} over {@code stored} (either may be empty: an add, a removal) in the
     * background, then shows the result; {@code report} (if not empty) goes to the status line.
     */
    void write(PlanSnapshot view, WinChange.Stored stored, Optional<Win> wanted, String report) {
        long planId = view.plan().id();
        runner.run(
                () -> {
                    Optional<Win> now = stored.get();
                    Optional<Win> result;
                    if (now.isEmpty()) {
                        result = Optional.of(wins.add(view, wanted.orElseThrow()));
                    } else if (wanted.isEmpty()) {
                        wins.remove(view.plan(), now.get());
                        result = Optional.empty();
                    } else {
                        result = Optional.of(wins.update(view, now.get(), wanted.get()));
                    }
                    stored.set(result);
                    return new Written(now, result);
                },
                written -> {
                    if (loadedPlanId != planId) {
                        return;
                    }
                    written.before().ifPresent(w -> list.removeIf(x -> x.id() == w.id()));
                    written.after().ifPresent(list::add);
                    list.sort(Win.NEWEST_FIRST);
                    if (!report.isEmpty()) {
                        status.report(report);
                    }
                },
                e -> {
                    status.reportError(e);
                    if (e instanceof WinChangedException) {
                        reload();
                    }
                });
    }

    /** Reads a brag document in the background and hands its preview to {@code onPreview}; nothing is added. */
    public void previewImport(Path file, Consumer<BragPreview> onPreview) {
        session.editable()
                .ifPresent(view -> runner.run(() -> wins.previewImport(view, file), onPreview, status::reportError));
    }

    /** Adds the previewed wins in one transaction; Ctrl+Z removes them again. */
    public void importWins(BragPreview preview) {
        session.editable().ifPresent(view -> history.perform(new WinImport(view, preview)));
    }

    /** An import as one undoable change: redo adds the wins (again), undo removes the ones it added. */
    private final class WinImport implements UndoableAction {
        private final PlanSnapshot view;
        private final BragPreview preview;
        private volatile List<Win> added = List.of();

        WinImport(PlanSnapshot view, BragPreview preview) {
            this.view = view;
            this.preview = preview;
        }

        @Override
        public String description() {
            return I18n.t("undo.winsImported", preview.wins().size());
        }

        @Override
        public void redo() {
            runner.run(
                    () -> {
                        added = wins.importWins(view, preview.wins());
                        return added.size();
                    },
                    count -> {
                        status.report(I18n.t("brag.imported", count, preview.source()));
                        reload();
                    },
                    status::reportError);
        }

        @Override
        public void undo() {
            runner.run(
                    () -> {
                        for (Win win : added) {
                            wins.remove(view.plan(), win);
                        }
                    },
                    WinsSession.this::reload,
                    e -> {
                        status.reportError(e);
                        reload();
                    });
        }
    }

    private record Written(Optional<Win> before, Optional<Win> after) {}

    /** The wins of the open plan that count for {@code milestoneId}, newest first. */
    public List<Win> evidenceFor(String milestoneId) {
        return list.stream().filter(w -> w.countsFor(milestoneId)).toList();
    }
}
