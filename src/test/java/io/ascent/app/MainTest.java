package io.ascent.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.app.boot.LaunchOptions;
import io.ascent.app.boot.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @Test
    void windowOptionsAloneOpenTheWindowWithoutTheCommandLineParser() {
        assertThat(Main.windowOnly(new String[0])).contains(new LaunchOptions(Optional.empty(), Optional.empty()));
        assertThat(Main.windowOnly(new String[] {"--db", "plans.db", "--lang=es"}))
                .hasValueSatisfying(o -> {
                    assertThat(o.database()).contains(Path.of("plans.db"));
                    assertThat(o.language()).contains(Locale.forLanguageTag("es"));
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a command          | plan list
            help               | --help
            version            | --version
            a missing value    | --db
            an unknown option  | --dark
            a bad language     | --lang
            """)
    void everythingElseGoesThroughTheCommandLine(String what, String args) {
        assertThat(Main.windowOnly(args.split(" "))).isEmpty();
    }

    @Test
    void theWindowDrawsWithoutJavaFxsRegionCacheUnlessTheUserSaysOtherwise() {
        String before = System.getProperty(Main.REGION_CACHING);
        try {
            System.clearProperty(Main.REGION_CACHING);
            Main.configureRendering();
            assertThat(System.getProperty(Main.REGION_CACHING)).isEqualTo("true");

            System.setProperty(Main.REGION_CACHING, "false");
            Main.configureRendering();
            assertThat(System.getProperty(Main.REGION_CACHING)).isEqualTo("false");
        } finally {
            if (before == null) {
                System.clearProperty(Main.REGION_CACHING);
            } else {
                System.setProperty(Main.REGION_CACHING, before);
            }
        }
    }

    @Test
    void theLanguageGivenOnTheCommandLineWinsOverTheOneChosenInPreferences(@TempDir Path dir) {
        Settings settings = new Settings(dir.resolve("settings.properties"));
        settings.setLanguage("zh-CN");

        assertThat(LaunchOptions.parse(List.of("--lang", "es")).languageOr(settings))
                .contains(Locale.forLanguageTag("es"));
        assertThat(LaunchOptions.parse(List.of()).languageOr(settings)).contains(Locale.forLanguageTag("zh-CN"));
        assertThat(LaunchOptions.parse(List.of()).languageOr(new Settings(dir.resolve("none.properties"))))
                .isEmpty();
    }
}
