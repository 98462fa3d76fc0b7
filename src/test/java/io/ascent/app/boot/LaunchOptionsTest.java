package io.ascent.app.boot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ascent.text.I18n;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's options explain a mistake in the user's language. */
class LaunchOptionsTest {

    @BeforeEach
    void spanish() {
        I18n.setLocale(Locale.forLanguageTag("es"));
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void aMissingDatabasePathIsExplainedInSpanish() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--db")))
                .hasMessage("--db necesita la ruta de un archivo, p. ej. --db ~/planes.db");
    }

    @Test
    void aMissingLanguageIsExplainedInSpanish() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--lang", "")))
                .hasMessage("--lang necesita un idioma, p. ej. --lang es o --lang zh-CN");
    }

    @Test
    void anUnknownOptionIsNamedInSpanish() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--colour")))
                .hasMessage("Opci\u00f3n desconocida: --colour (prueba --help)");
    }

    @Test
    void aLanguageAscentDoesNotSpeakIsRefusedNotHalfApplied() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--lang", "fr")))
                .hasMessage(
                        "--lang fr: Ascent habla ingl\u00e9s (en), espa\u00f1ol (es) y chino simplificado (zh-CN).");
    }
}
