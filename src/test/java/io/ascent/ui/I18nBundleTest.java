package io.ascent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class I18nBundleTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages%s", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @AfterEach
    void resetLocale() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_CN", "_es"})
    void everyTranslationHasEveryEnglishKeyAndNoOthers(String suffix) throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> translated = new TreeSet<>(bundle(suffix).stringPropertyNames());

        assertThat(translated).as("keys of messages%s", suffix).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        Pattern call = Pattern.compile("I18n\\.t\\(\"([a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    if (!english.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void textsAndNumbersFollowTheChosenLanguage() {
        I18n.setLocale(Locale.forLanguageTag("es"));
        assertThat(I18n.t("setup.create")).isEqualTo("Crear plan");
        assertThat(I18n.date(LocalDate.of(2027, 3, 5))).isEqualTo("5 mar 2027");

        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(I18n.t("shell.delete.confirm")).isEqualTo("删除计划");

        I18n.setLocale(Locale.GERMAN);
        assertThat(I18n.t("setup.create"))
                .as("unsupported languages fall back to English")
                .isEqualTo("Create plan");
    }
}
