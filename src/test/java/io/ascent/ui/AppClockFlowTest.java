package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.AscentApp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The window has one clock, the app's: the setup judges dates by it, not by the machine's. */
class AppClockFlowTest {

    /** Years before the machine's clock, so a date the machine calls past is still ahead. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final RunningApp running = new RunningApp();

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theSetupJudgesTargetDatesByTheAppsClock() throws Exception {
        running.start(() -> new AscentApp(dir.resolve("ascent.db"), CLOCK));
        Waits.until(() -> showing("#setupTargetDate"));
        DatePicker date = robot.lookup("#setupTargetDate").queryAs(DatePicker.class);

        // when: a date after the app's today, though before the machine's
        robot.interact(() -> date.setValue(LocalDate.of(2021, 6, 30)));

        // then: it is a fine target date
        assertThat(showing("#setupDateError")).isFalse();

        // when: the day before the app's today
        robot.interact(() -> date.setValue(LocalDate.of(2020, 1, 14)));

        // then: it is in the past
        assertThat(showing("#setupDateError")).isTrue();
    }
}
