package io.ascent.ui.history;

import io.ascent.domain.CheckIn;
import io.ascent.domain.CheckInComparison;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Replacements;
import io.ascent.domain.Win;
import io.ascent.domain.Wins;
import io.ascent.text.I18n;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The current plan's check-ins: readiness over time, the list, and what changed between two of
 * them. By default it compares the last two check-ins.
 */
public class HistoryViewModel {

    /** One point of the readiness chart: a unique label and the readiness percent then. */
    public record Point(String label, int percent) {}

    private final PlanSession session;
    private final InsightsSession insights;
    private final CheckInCommand command;
    private final ZoneId zone;

    // Properties
    private final ObjectProperty<CheckIn> compareFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<CheckIn> compareTo = new SimpleObjectProperty<>();
    private final ObservableList<String> moves = FXCollections.observableArrayList();
    private final ObservableList<String> completed = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper winsLogged = new ReadOnlyStringWrapper("");
    private final ObservableList<Win> wins;
    private final ObjectProperty<CheckIn> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper selectedNote = new ReadOnlyStringWrapper("");

    public HistoryViewModel(PlanSession session, InsightsSession insights, CheckInCommand command, ZoneId zone) {
        this(session, insights, command, zone, FXCollections.observableArrayList());
    }

    /** {@code wins}: the open plan's wins, counted between the compared check-ins. */
    public HistoryViewModel(
            PlanSession session,
            InsightsSession insights,
            CheckInCommand command,
            ZoneId zone,
            ObservableList<Win> wins) {
        this.wins = wins;
        wins.addListener((ListChangeListener<Win>) c -> compare());
        this.session = session;
        this.insights = insights;
        this.command = command;
        this.zone = zone;
        insights.checkIns().addListener((ListChangeListener<CheckIn>) c -> selectLatestPair());
        compareFrom.addListener((obs, old, v) -> compare());
        compareTo.addListener((obs, old, v) -> compare());
        selected.addListener((obs, old, checkIn) -> selectedNote.set(checkIn == null ? "" : noteOf(checkIn)));
        selectLatestPair();
    }

    public ObservableList<CheckIn> checkIns() {
        return insights.checkIns();
    }

    public ObjectProperty<CheckIn> compareFromProperty() {
        return compareFrom;
    }

    public ObjectProperty<CheckIn> compareToProperty() {
        return compareTo;
    }

    /** Ratings that moved between the compared check-ins, in words. */
    public ObservableList<String> moves() {
        return moves;
    }

    /** Titles of the milestones completed between the compared check-ins. */
    public ObservableList<String> completed() {
        return completed;
    }

    /** "3 wins logged between these check-ins", or empty with nothing to compare. */
    public ReadOnlyStringProperty winsLoggedProperty() {
        return winsLogged.getReadOnlyProperty();
    }

    /** The check-in chosen in the list, whose note is shown in full below it. */
    public ObjectProperty<CheckIn> selectedProperty() {
        return selected;
    }

    /** The chosen check-in's note in full (the list cuts long ones), or that it has none. */
    public ReadOnlyStringProperty selectedNoteProperty() {
        return selectedNote.getReadOnlyProperty();
    }

    private static String noteOf(CheckIn checkIn) {
        return checkIn.note().isBlank() ? I18n.t("history.noNote") : checkIn.note();
    }

    public List<Point> readinessOverTime() {
        List<Point> points = new ArrayList<>();
        List<CheckIn> list = insights.checkIns();
        for (int i = 0; i < list.size(); i++) {
            points.add(new Point(
                    I18n.t("history.point", i + 1, I18n.date(list.get(i).date(zone))),
                    list.get(i).readiness().percent()));
        }
        return points;
    }

    /** "#2 · 28 Nov 2026 · 12% ready · note". */
    public String describe(CheckIn checkIn) {
        int index = insights.checkIns().indexOf(checkIn) + 1;
        String date = I18n.date(checkIn.date(zone));
        String ready = I18n.percent(checkIn.readiness().fraction());
        int done = checkIn.readiness().done();
        int required = checkIn.readiness().required();
        return checkIn.note().isEmpty()
                ? I18n.t("history.checkIn", index, date, ready, done, required)
                : I18n.t("history.checkInNote", index, date, ready, done, required, checkIn.note());
    }

    // Commands

    public void checkIn() {
        command.run();
    }

    private void selectLatestPair() {
        List<CheckIn> list = insights.checkIns();
        compareFrom.set(list.size() >= 2 ? list.get(list.size() - 2) : null);
        compareTo.set(list.isEmpty() ? null : list.get(list.size() - 1));
        compare();
    }

    private void compare() {
        CheckIn from = compareFrom.get();
        CheckIn to = compareTo.get();
        Optional<PlanSnapshot> view = session.current();
        if (from == null || to == null || view.isEmpty()) {
            moves.clear();
            completed.clear();
            winsLogged.set("");
            return;
        }
        Framework framework = view.get().framework();
        CheckInComparison comparison = CheckInComparison.between(from, to, Replacements.of(framework)::current);
        moves.setAll(comparison.moves().stream()
                .map(m -> moved("history.move", framework, m))
                .toList());
        // The reviewer's ratings that moved between the two check-ins, after the person's own.
        comparison.managerMoves().stream()
                .map(m -> moved("history.reviewerMove", framework, m))
                .forEach(moves::add);
        completed.setAll(comparison.completedMilestoneIds().stream()
                .map(id -> framework.item(id).map(m -> m.title()).orElse(id))
                .toList());
        winsLogged.set(I18n.t(
                "history.winsLogged",
                Wins.loggedBetween(
                        wins, comparison.from().takenAt(), comparison.to().takenAt(), zone)));
    }

    private static String level(Framework framework, Optional<String> levelId) {
        return levelId.map(id -> framework.level(id).map(Level::title).orElse(id))
                .orElseGet(() -> I18n.t("history.notRated"));
    }

    /** A rating that moved between two check-ins, in words ({@code key}: whose rating it was). */
    private static String moved(String key, Framework framework, CheckInComparison.Move m) {
        return I18n.t(
                key,
                framework.competency(m.competencyId()).map(c -> c.title()).orElse(m.competencyId()),
                level(framework, m.fromLevelId()),
                level(framework, m.toLevelId()));
    }
}
