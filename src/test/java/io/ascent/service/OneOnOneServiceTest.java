package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.domain.ActionItem;
import io.ascent.domain.Cadence;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.OneOnOne;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.OwnMilestoneDraft;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.UpcomingItem;
import io.ascent.domain.rhythm.Agenda;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 1:1s on a real database: questions, recording, the agenda since the last one, action items as milestones. */
class OneOnOneServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private PlanFixture app;
    private long planId;

    @BeforeEach
    void plan() {
        app = PlanFixture.open(dir.resolve("ascent.db"));
        planId = app.plans
                .create(new PlanDraft("Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private OneOnOne record(LocalDate day, List<ActionItem> actions) {
        List<Long> answered =
                app.oneOnOnes.questions(planId).stream().map(q -> q.id()).toList();
        return app.oneOnOnes.record(
                planId, day, "# agenda", List.of("I lead the pricing test", " "), actions, answered);
    }

    @Test
    void questionsJoinTheAgendaAndLeaveTheListOnceThe1on1IsRecorded() {
        app.oneOnOnes.addQuestion(planId, "  Can I lead the Q3 pricing test?  ");

        Agenda before = app.oneOnOnes.agenda(planId);
        record(TODAY, List.of());

        assertThat(before.section(Agenda.Kind.QUESTIONS).orElseThrow().items())
                .extracting(Agenda.Item::text)
                .containsExactly("Can I lead the Q3 pricing test?");
        assertThat(app.oneOnOnes.questions(planId)).isEmpty();
        assertThat(app.oneOnOnes.agenda(planId).section(Agenda.Kind.QUESTIONS)).isEmpty();
        assertThat(app.oneOnOnes.log(planId)).singleElement().satisfies(m -> {
            assertThat(m.heldOn()).isEqualTo(TODAY);
            assertThat(m.decisions()).containsExactly("I lead the pricing test");
        });
    }

    @Test
    void theAgendaListsOnlyWhatWasDoneAfterTheLast1on1() {
        PlanSnapshot view = app.plans.open(planId);
        String early = view.items().get(0).id();
        app.plans.setStatus(planId, view.progressOf(early), MilestoneStatus.DONE);
        record(TODAY, List.of());

        assertThat(app.oneOnOnes.agenda(planId).section(Agenda.Kind.DONE)).isEmpty();
        assertThat(app.oneOnOnes.agenda(planId).since()).contains(TODAY);
    }

    @Test
    void theNext1on1FollowsTheLastOneRecorded() {
        record(LocalDate.of(2026, 11, 20), List.of());

        assertThat(app.rhythms.upcoming(planId, 14))
                .filteredOn(i -> i.kind() == UpcomingItem.Kind.ONE_ON_ONE)
                .extracting(UpcomingItem::date)
                .containsExactly(LocalDate.of(2026, 12, 4));
    }

    @Test
    void anActionItemBecomesAnOwnMilestoneWithItsDueDateOnce() {
        OneOnOne meeting = record(
                TODAY,
                List.of(new ActionItem(
                        "Write the pricing test plan", Optional.of(LocalDate.of(2026, 12, 15)), Optional.empty())));
        PlanSnapshot view = app.plans.open(planId);
        var cell = view.items().get(0);

        OwnMilestone added = app.oneOnOnes.makeMilestone(
                planId,
                meeting.id(),
                0,
                new OwnMilestoneDraft(
                        cell.competencyId(),
                        cell.levelId(),
                        "Write the pricing test plan",
                        "",
                        false,
                        Optional.of(LocalDate.of(2026, 12, 15))));

        assertThat(app.plans.open(planId).progressOf(added.id()).dueDate()).contains(LocalDate.of(2026, 12, 15));
        assertThat(app.oneOnOnes.log(planId).get(0).actionItems().get(0).milestoneId())
                .contains(added.id());
        assertThatThrownBy(() -> app.oneOnOnes.makeMilestone(
                        planId,
                        meeting.id(),
                        0,
                        new OwnMilestoneDraft(
                                cell.competencyId(), cell.levelId(), "Again", "", false, Optional.empty())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("\"Write the pricing test plan\" is already a milestone.");
    }

    @Test
    void aFuture1on1AndAMultiLineQuestionAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> record(TODAY.plusDays(1), List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A 1:1 on Nov 29, 2026 has not happened yet: record it on the day or after.");
        assertThatThrownBy(() -> app.oneOnOnes.addQuestion(planId, "one\ntwo"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A question must fit on one line.");
        assertThat(app.oneOnOnes.log(planId)).isEmpty();
        assertThat(app.oneOnOnes.questions(planId)).isEmpty();
    }

    @Test
    void aReachedPlanKeepsItsRhythmAsItWas() {
        app.promotions.markReached(planId, TODAY);

        assertThatThrownBy(() -> app.oneOnOnes.addQuestion(planId, "Anything?"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> record(TODAY, List.of())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> app.rhythms.setCadence(planId, Cadence.DEFAULT.withCheckInWeeks(2)))
                .isInstanceOf(ValidationException.class);
    }
}
