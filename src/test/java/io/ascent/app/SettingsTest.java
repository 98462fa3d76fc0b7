package io.ascent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Preferences node = Preferences.userRoot().node("io/ascent/test/" + System.nanoTime());
    private final Settings settings = new Settings(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void rememberedWindowBoundsReadBack() {
        settings.setWindowBounds(new Settings.WindowBounds(10, 20, 900, 700, true));

        assertThat(new Settings(node).windowBounds()).contains(new Settings.WindowBounds(10, 20, 900, 700, true));
    }

    @Test
    void noBoundsUntilAWindowWasClosed() {
        assertThat(settings.windowBounds()).isEmpty();
    }

    @Test
    void lastPlanIsRememberedPerDatabase() {
        settings.setLastPlan("/home/pat/a.db", 7);

        assertThat(settings.lastPlan("/home/pat/a.db")).contains(7L);
        assertThat(settings.lastPlan("/home/pat/b.db")).isEmpty();
    }

    @Test
    void themeDefaultsToLightAndSurvivesGarbage() {
        assertThat(settings.theme()).isEqualTo(Settings.Theme.LIGHT);
        node.put("theme", "NEON");
        assertThat(settings.theme()).isEqualTo(Settings.Theme.LIGHT);
        settings.setTheme(Settings.Theme.DARK);
        assertThat(settings.theme()).isEqualTo(Settings.Theme.DARK);
    }
}
