package io.ascent.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascent.ui.shell.Themes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxToolkit;

/** Icons are Text in the Feather font, styled by the stylesheet alone: no inline style per icon. */
class IconsTest {

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

    @Test
    void aFontThatCannotBeReadOrIsNotFeatherIsNotUsed() {
        assertThat(Icons.register(() -> {
                    throw new IOException("no such resource");
                }))
                .isFalse();
        assertThat(Icons.register(() -> null)).isFalse();
        assertThat(Icons.register(() -> new ByteArrayInputStream(new byte[64]))).isFalse();
        assertThat(Icons.available()).as("the shipped font loads").isTrue();
    }
}
