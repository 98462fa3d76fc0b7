package io.ascent.app;

import io.ascent.app.boot.AppContext;
import io.ascent.domain.Milestone;
import io.ascent.domain.UpcomingItem;
import io.ascent.ui.common.DialogService;
import io.ascent.ui.common.TaskRunner;
import io.ascent.ui.milestones.OwnMilestoneCommands;
import io.ascent.ui.rhythm.AgendaCommand;
import io.ascent.ui.rhythm.AskLink;
import io.ascent.ui.rhythm.CadenceCommand;
import io.ascent.ui.rhythm.CalendarCommand;
import io.ascent.ui.rhythm.OneOnOneLogCard;
import io.ascent.ui.rhythm.OneOnOneLogViewModel;
import io.ascent.ui.rhythm.QuestionCommand;
import io.ascent.ui.rhythm.UpcomingCard;
import io.ascent.ui.rhythm.UpcomingViewModel;
import io.ascent.ui.session.InsightsSession;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.RhythmSession;
import io.ascent.ui.session.StatusLine;
import io.ascent.ui.shell.Commands;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;

/**
 * The plan's rhythm in the window, wired in one place: Plan &gt; Rhythm..., 1:1 agenda...,
 * Question for my next 1:1... and Add to calendar..., the questions asked from a milestone's
 * details or a win, and the dashboard's upcoming card, whose rows open the thing itself (a
 * milestone through {@code openMilestone}).
 */
final class RhythmWiring {

    private final AppContext ctx;
    private final PlanSession session;
    private final InsightsSession insights;
    private final TaskRunner runner;
    private final StatusLine status;
    private final RhythmSession changes;
    private final AgendaCommand agenda;
    private final QuestionCommand questions;
    private final CadenceCommand cadence;

    RhythmWiring(
            AppContext ctx,
            PlanSession session,
            InsightsSession insights,
            TaskRunner runner,
            DialogService dialogs,
            StatusLine status,
            OwnMilestoneCommands own,
            Commands commands) {
        this.ctx = ctx;
        this.session = session;
        this.insights = insights;
        this.runner = runner;
        this.status = status;
        changes = new RhythmSession(session, ctx.rhythms()::cadence, runner, status);
        cadence = CadenceCommand.of(session, ctx.rhythms(), runner, status, changes, dialogs);
        agenda = new AgendaCommand(
                session, ctx.oneOnOnes(), runner, status, changes, dialogs, ctx.rhythms()::today, own::draftFrom);
        questions = new QuestionCommand(session, ctx.oneOnOnes(), runner, status, dialogs);
        CalendarCommand calendar = new CalendarCommand(session, ctx.calendars(), runner, status, dialogs);
        commands.register(Commands.RHYTHM, cadence::run, cadence.disabled());
        commands.register(Commands.AGENDA, agenda::run, agenda.disabled());
        commands.register(Commands.QUESTION, questions::run, agenda.disabled());
        commands.register(Commands.CALENDAR, calendar::run, calendar.disabled());
    }

    /** The open plan's cadence and rhythm changes, for what else follows the rhythm (the wins nudge). */
    RhythmSession session() {
        return changes;
    }

    /** Asks for a question about {@code title} (a win's) and keeps it for the next 1:1. */
    void askAbout(String title) {
        questions.ask(title);
    }

    /** The milestone details' "Bring it up at my next 1:1..." action, about the milestone shown. */
    AskLink askLink(ObservableValue<Milestone> milestone) {
        return new AskLink(milestone, questions);
    }

    /** The History page's card of 1:1s. */
    OneOnOneLogCard logCard() {
        return new OneOnOneLogCard(new OneOnOneLogViewModel(session, changes, ctx.oneOnOnes(), runner, status));
    }

    /**
     * The dashboard's upcoming card: a milestone opens through {@code openMilestone}, the check-in
     * through {@code checkIn}, the 1:1 as its agenda, the review through {@code openReview}.
     */
    UpcomingCard upcomingCard(Consumer<String> openMilestone, Runnable checkIn, Runnable openReview) {
        Consumer<UpcomingItem> open = item -> {
            switch (item.kind()) {
                case MILESTONE -> openMilestone.accept(item.itemId());
                case CHECK_IN -> checkIn.run();
                case ONE_ON_ONE -> agenda.run();
                case REVIEW -> openReview.run();
            }
        };
        return new UpcomingCard(new UpcomingViewModel(session, insights, changes, ctx.rhythms(), runner, status, open));
    }
}
