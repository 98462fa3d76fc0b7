package io.ascent.ui.wins;

import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.domain.Wins;
import io.ascent.text.I18n;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.RhythmSession;
import io.ascent.ui.session.WinsSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The dashboard's wins: the last few logged, and a nudge when the plan's check-in cadence
 * ({@code Cadence.checkInDays()}) has passed without one.
 */
public class RecentWinsModel {

    /** How many wins the dashboard lists; the Wins page has the rest. */
    static final int SHOWN = 3;

    private final PlanSession session;
    private final WinsSession wins;
    private final RhythmSession rhythm;
    private final Clock clock;

    // Properties
    private final ObservableList<Line> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper nudge = new ReadOnlyStringWrapper("");

    public RecentWinsModel(PlanSession session, WinsSession wins, RhythmSession rhythm, Clock clock) {
        this.session = session;
        this.wins = wins;
        this.rhythm = rhythm;
        this.clock = clock;
        wins.wins().addListener((ListChangeListener<Win>) c -> refresh());
        session.currentProperty().addListener((obs, old, view) -> refresh());
        rhythm.cadenceProperty().addListener((obs, old, cadence) -> refresh());
        refresh();
    }

    /** One of the last wins: "Mar 3, 2026 — Shipped search", and whether it is private (marked as on the Wins page). */
    public record Line(String text, boolean isPrivate) {}

    public ObservableList<Line> recent() {
        return recent;
    }

    /** "No win logged in 5 weeks ..." or empty. */
    public ReadOnlyStringProperty nudgeProperty() {
        return nudge.getReadOnlyProperty();
    }

    private void refresh() {
        PlanSnapshot view = session.current().orElse(null);
        recent.setAll(wins.wins().stream()
                .sorted(Win.NEWEST_FIRST)
                .limit(SHOWN)
                .map(w -> new Line(I18n.date(w.date()) + " \u2014 " + w.title(), !w.shareable()))
                .toList());
        if (view == null || view.plan().isReached()) {
            nudge.set("");
            return;
        }
        LocalDate created = LocalDate.ofInstant(view.plan().createdAt(), clock.getZone());
        OptionalInt weeks = Wins.weeksWithoutWin(
                Wins.lastLogged(wins.wins()),
                created,
                LocalDate.now(clock),
                rhythm.cadenceProperty().get().checkInDays());
        nudge.set(
                weeks.isEmpty()
                        ? ""
                        : wins.wins().isEmpty()
                                ? I18n.t("wins.nudge.none")
                                : I18n.t("wins.nudge.weeks", weeks.getAsInt()));
    }
}
