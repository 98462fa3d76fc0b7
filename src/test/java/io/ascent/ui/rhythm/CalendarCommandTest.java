package io.ascent.ui.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import io.ascent.app.boot.AppContext;
import io.ascent.domain.PlanDraft;
import io.ascent.service.PlanFixture;
import io.ascent.ui.RecordingDialogs;
import io.ascent.ui.SameThreadTaskRunner;
import io.ascent.ui.session.PlanSession;
import io.ascent.ui.session.StatusLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan > Add to calendar... with a scripted save dialog: the file is written, replaced only when confirmed. */
class CalendarCommandTest {

    @TempDir
    Path dir;

    private AppContext context;
    private final StatusLine status = new StatusLine();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private CalendarCommand command;

    @BeforeEach
    void openPlan() {
        context = AppContext.open(dir.resolve("a.db"), PlanFixture.CLOCK);
        context.plans()
                .create(new PlanDraft(
                        "Road to Senior PM", "pm-default", "pm", "senior-pm", "growth", Optional.empty()));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        PlanSession session = new PlanSession(context.plans(), runner, status);
        session.load(Optional.empty());
        command = new CalendarCommand(session, context.calendars(), runner, status, dialogs);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theCalendarIsSavedWhereTheUserChoseWithASafeName() throws Exception {
        Path file = dir.resolve("mine.ics");
        dialogs.saveAnswer = Optional.of(file);

        command.run();

        assertThat(dialogs.asked).contains("save Road to Senior PM.ics");
        assertThat(Biweekly.parse(Files.readString(file)).first().getEvents()).hasSize(3);
        assertThat(status.statusProperty().get()).startsWith("Calendar saved to " + file);
    }

    @Test
    void anExistingFileStaysUnlessTheUserAgreesToReplaceIt() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.ics"), "keep me");
        dialogs.saveAnswer = Optional.of(file);
        dialogs.confirmAnswer = false;

        command.run();

        assertThat(Files.readString(file)).isEqualTo("keep me");
        dialogs.confirmAnswer = true;
        command.run();
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
    }
}
