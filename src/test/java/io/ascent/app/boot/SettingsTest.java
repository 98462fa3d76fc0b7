package io.ascent.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.ui.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("settings.properties");
    }

    @Test
    void aWindowSavedOnALargerScreenOpensWholeOnASmallerOne() {
        Settings.WindowBounds saved = new Settings.WindowBounds(200, 100, 1120, 760, false);

        // A 900x600 screen whose top 24 px are a panel: smaller and moved into view.
        assertThat(saved.fitInto(0, 24, 900, 576)).isEqualTo(new Settings.WindowBounds(0, 24, 900, 576, false));
        // A large enough screen: moved left and up only as far as needed.
        assertThat(saved.fitInto(0, 0, 1280, 800)).isEqualTo(new Settings.WindowBounds(160, 40, 1120, 760, false));
        // Already inside: unchanged.
        assertThat(saved.fitInto(0, 0, 1920, 1080)).isEqualTo(saved);
        // A second screen to the right, at x 1920.
        assertThat(new Settings.WindowBounds(1800, 50, 800, 600, true).fitInto(1920, 0, 1280, 1024))
                .isEqualTo(new Settings.WindowBounds(1920, 50, 800, 600, true));
    }

    @Test
    void rememberedWindowBoundsReadBack() {
        Settings settings = new Settings(file());
        settings.setWindowBounds(new Settings.WindowBounds(10, 20, 900, 700, true));
        settings.flush();

        assertThat(new Settings(file()).windowBounds()).contains(new Settings.WindowBounds(10, 20, 900, 700, true));
    }

    @Test
    void noBoundsUntilAWindowWasClosed() {
        assertThat(new Settings(file()).windowBounds()).isEmpty();
    }

    @Test
    void lastPlanIsRememberedPerDatabase() {
        Settings settings = new Settings(file());
        settings.setLastPlan("/home/pat/a.db", 7);
        settings.flush();

        assertThat(settings.lastPlan("/home/pat/a.db")).contains(7L);
        assertThat(settings.lastPlan("/home/pat/b.db")).isEmpty();
        assertThat(new Settings(file()).lastPlan("/home/pat/a.db")).contains(7L);
    }

    @Test
    void themeDefaultsToLightAndSurvivesGarbage() throws Exception {
        assertThat(new Settings(file()).theme()).isEqualTo(Settings.Theme.LIGHT);
        Files.writeString(file(), "theme=NEON\nwindow.width=wide\n");
        Settings garbage = new Settings(file());
        assertThat(garbage.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(garbage.windowBounds()).isEmpty();
        garbage.setTheme(Settings.Theme.DARK);
        garbage.flush();
        assertThat(new Settings(file()).theme()).isEqualTo(Settings.Theme.DARK);
    }

    @Test
    void aDamagedFileMeansDefaultsAndIsReplacedOnTheNextChange() throws Exception {
        Files.writeString(file(), "language=\\u00zz\n");
        Settings settings = new Settings(file());
        assertThat(settings.language()).isEmpty();

        settings.setLanguage("es");
        settings.flush();

        assertThat(new Settings(file()).language()).contains("es");
    }

    @Test
    void changesReachTheFileWithoutAnExplicitFlush() throws Exception {
        Settings settings = new Settings(file());
        settings.setTheme(Settings.Theme.DARK);

        // Written in the background: waited for as any condition is (Waits), not against a clock.
        Waits.untilHolds("the theme in the file", () -> new Settings(file()).theme() == Settings.Theme.DARK);
    }

    @Test
    void everyoneInOneRunSharesTheSameSettings() {
        assertThat(Settings.forUser()).isSameAs(Settings.forUser());
    }

    @Test
    void settingsOfAnEarlierVersionAreCopiedFromJavaPreferences() throws Exception {
        Preferences old = Preferences.userRoot().node("io/ascent/test/" + System.nanoTime());
        try {
            old.put("theme", "DARK");
            old.put("language", "zh-CN");
            old.putLong("lastPlan." + Integer.toHexString("/home/pat/a.db".hashCode()), 3);

            Settings.copy(old, file());

            Settings copied = new Settings(file());
            assertThat(copied.theme()).isEqualTo(Settings.Theme.DARK);
            assertThat(copied.language()).contains("zh-CN");
            assertThat(copied.lastPlan("/home/pat/a.db")).contains(3L);
        } finally {
            old.removeNode();
        }
    }
}
