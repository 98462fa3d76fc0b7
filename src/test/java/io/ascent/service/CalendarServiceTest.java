package io.ascent.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import io.ascent.domain.Cadence;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanDraft;
import io.ascent.domain.PlanSnapshot;
import io.ascent.persistence.sqlite.SqliteReviewRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's calendar file, parsed back with the library: events, recurrence rules, stable UIDs. */
class CalendarServiceTest {

    @TempDir
    Path dir;

    private PlanFixture app;
    private long planId;
    private String first;
    private String second;

    @BeforeEach
    void plan() {
        app = PlanFixture.open(dir.resolve("ascent.db"));
        planId = app.plans
                .create(new PlanDraft("Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()))
                .id();
        PlanSnapshot view = app.plans.open(planId);
        first = view.items().get(0).id();
        second = view.items().get(1).id();
        due(first, LocalDate.of(2026, 12, 20));
        MilestoneProgress done = view.progressOf(second)
                .withDueDate(Optional.of(LocalDate.of(2026, 12, 1)))
                .withStatus(MilestoneStatus.DONE, LocalDate.of(2026, 11, 28));
        app.plans.saveProgress(planId, view.progressOf(second), done);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void due(String id, LocalDate date) {
        MilestoneProgress shown = app.plans.open(planId).progressOf(id);
        app.plans.saveProgress(planId, shown, shown.withDueDate(Optional.of(date)));
    }

    private Map<String, VEvent> events() throws Exception {
        Path file = dir.resolve("plan.ics");
        app.calendars.export(planId, file, true);
        ICalendar calendar = Biweekly.parse(Files.readString(file)).first();
        return calendar.getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private static LocalDate day(VEvent e) {
        assertThat(e.getDateStart().getValue().hasTime()).as("all-day").isFalse();
        DateTimeComponents d = e.getDateStart().getValue().getRawComponents();
        return LocalDate.of(d.getYear(), d.getMonth(), d.getDate());
    }

    private String uid(String key) {
        return new SqliteReviewRepository(app.database).planUuid(planId) + "-" + key + "@ascent";
    }

    @Test
    void theFileHoldsTheRecurringRhythmAndEachOpenMilestonesDueDateAsAllDayEvents() throws Exception {
        Map<String, VEvent> events = events();

        // The plan was made on 28 Nov 2026: check-ins every 4 weeks, 1:1s every 2, reviews every 6 months.
        assertThat(events.keySet())
                .containsExactlyInAnyOrder(
                        uid("check-in"), uid("one-on-one"), uid("review"), uid("milestone-" + first));
        VEvent checkIn = events.get(uid("check-in"));
        assertThat(day(checkIn)).isEqualTo(LocalDate.of(2026, 12, 26));
        assertThat(checkIn.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(checkIn.getRecurrenceRule().getValue().getInterval()).isEqualTo(4);
        assertThat(checkIn.getSummary().getValue()).isEqualTo("Check in on \"Road to Senior PM\"");
        VEvent oneOnOne = events.get(uid("one-on-one"));
        assertThat(day(oneOnOne)).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(oneOnOne.getRecurrenceRule().getValue().getInterval()).isEqualTo(2);
        VEvent review = events.get(uid("review"));
        assertThat(day(review)).isEqualTo(LocalDate.of(2027, 5, 28));
        assertThat(review.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(review.getRecurrenceRule().getValue().getInterval()).isEqualTo(6);
        VEvent milestone = events.get(uid("milestone-" + first));
        assertThat(day(milestone)).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(milestone.getRecurrenceRule()).isNull();
        assertThat(milestone.getSummary().getValue()).startsWith("Due: ");
    }

    @Test
    void twoExportsOfAnUnchangedPlanAreTheSameFile() throws Exception {
        assertThat(app.calendars.calendar(planId)).isEqualTo(app.calendars.calendar(planId));
    }

    @Test
    void aMovedDueDateOrCadenceKeepsEveryUidAndNo1on1sDropsThatEvent() throws Exception {
        Map<String, VEvent> before = events();
        due(first, LocalDate.of(2027, 1, 15));
        app.rhythms.setCadence(planId, new Cadence(6, Optional.empty(), 12));

        Map<String, VEvent> after = events();

        assertThat(after.keySet()).containsExactlyInAnyOrder(uid("check-in"), uid("review"), uid("milestone-" + first));
        assertThat(before.keySet()).containsAll(after.keySet());
        assertThat(day(after.get(uid("milestone-" + first)))).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(after.get(uid("check-in")).getRecurrenceRule().getValue().getInterval())
                .isEqualTo(6);
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAskedAndTheDatabaseNever() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.ics"), "keep me");

        assertThatThrownBy(() -> app.calendars.export(planId, file, false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        String database = HostileFixture.checksum(dir.resolve("ascent.db"));
        assertThatThrownBy(() -> app.calendars.export(planId, dir.resolve("ascent.db"), true))
                .hasMessageContaining("it is Ascent's database");
        assertThat(HostileFixture.checksum(dir.resolve("ascent.db"))).isEqualTo(database);
    }
}
