package io.ascent.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.ui.shell.Themes;
import java.net.URL;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxToolkit;

/**
 * Icons are Text in the Feather font, styled by the stylesheet alone (no inline style, so
 * JavaFX's CSS parser is not needed before the first frame), and the stylesheets ship
 * pre-parsed: the binary form JavaFX prefers must say what the text form says.
 */
class IconsAndStylesheetTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anIconIsDrawnInTheFeatherFontInTheThemesColour() throws Exception {
        AtomicReference<Text> icon = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Button button = Icons.on(new Button("New plan"), Feather.PLUS);
            Scene scene = new Scene(new StackPane(button), 300, 100);
            Themes.apply(scene, false);
            scene.getRoot().applyCss();
            icon.set((Text) button.getGraphic());
        });

        Text text = icon.get();
        assertThat(text.getStyle()).isEmpty();
        assertThat(text.getText()).isEqualTo(new String(Character.toChars(Feather.PLUS.getCode())));
        assertThat(text.getFont().getFamily()).isEqualTo(Icons.FONT_FAMILY);
        assertThat(text.getFont().getSize()).isEqualTo(16.0);
        // -ascent-muted, not the default black of a Text.
        assertThat(text.getFill()).isNotEqualTo(Color.BLACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {Themes.BASE, Themes.DARK})
    void theBinaryStylesheetSaysWhatTheTextOneSays(String css) throws Exception {
        URL text = Themes.class.getResource(css);
        URL binary = Themes.class.getResource(css.replace(".css", ".bss"));
        assertThat(binary).as("the build writes %s beside %s (exec-maven-plugin, Css2Bin)",
                css.replace(".css", ".bss"), css).isNotNull();

        List<String> fromText = rules(new CssParser().parse(text));
        List<String> fromBinary = rules(Stylesheet.loadBinary(binary));

        assertThat(fromBinary).isNotEmpty().containsExactlyElementsOf(fromText);
    }

    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors() + " {" + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .collect(java.util.stream.Collectors.joining("; ")) + "}").toList();
    }
}
