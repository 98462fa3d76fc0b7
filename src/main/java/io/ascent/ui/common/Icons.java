package io.ascent.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.feather.FeatherIkonHandler;

/**
 * The app's icons (Feather, through Ikonli's font), by what they stand for, so screens stay
 * consistent. Each icon is a {@link Text} in the Feather font with the style class
 * {@code app-icon}; the stylesheet gives it its font, size and colour. Ikonli's own FontIcon
 * put an inline style on every icon, parsed once per icon before the first frame, and looked
 * its font up through a service loader (bench/run, startup.headless).
 */
public final class Icons {

    /** The font family the stylesheet names for {@code .app-icon}. */
    public static final String FONT_FAMILY = "FeatherIcons";

    private static final Map<String, Feather> PAGES = Map.of(
            "dashboard", Feather.HOME,
            "milestones", Feather.CHECK_SQUARE,
            "assessment", Feather.SLIDERS,
            "history", Feather.TRENDING_UP,
            "framework", Feather.LAYERS,
            "plan", Feather.PRINTER);

    private static volatile boolean fontLoaded;

    private Icons() {
    }

    /** Puts {@code icon} before the text of a button or label; the text stays the accessible name. */
    public static <T extends Labeled> T on(T control, Ikon icon) {
        control.setGraphic(icon(icon));
        return control;
    }

    public static MenuItem on(MenuItem item, Ikon icon) {
        item.setGraphic(icon(icon));
        return item;
    }

    public static Text forPage(String pageId) {
        return icon(PAGES.getOrDefault(pageId, Feather.CIRCLE));
    }

    public static Text icon(Ikon ikon) {
        loadFont();
        Text icon = new Text(new String(Character.toChars(ikon.getCode())));
        // The stylesheet sets the same font; setting it here too means the glyph is never looked
        // for in the default font first, whose fallback search opens a large system CJK font.
        icon.setFont(Font.font(FONT_FAMILY, 16));
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** Registers the Feather font with JavaFX, once, so the stylesheet can name its family. */
    static void loadFont() {
        if (fontLoaded) {
            return;
        }
        synchronized (Icons.class) {
            if (!fontLoaded) {
                try (InputStream in = new FeatherIkonHandler().getFontResourceAsStream()) {
                    Font font = Font.loadFont(in, 16);
                    if (font == null || !FONT_FAMILY.equals(font.getFamily())) {
                        throw new IllegalStateException("the Feather icon font did not load as \"" + FONT_FAMILY
                                + "\" (got " + (font == null ? "nothing" : font.getFamily()) + ")");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the Feather icon font", e);
                }
                fontLoaded = true;
            }
        }
    }
}
