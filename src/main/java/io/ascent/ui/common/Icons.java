package io.ascent.ui.common;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
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
            "wins", Feather.AWARD,
            "framework", Feather.LAYERS,
            "plan", Feather.PRINTER);

    // Null until the font has been registered (or has failed to be) on first use.
    private static volatile Boolean fontReady;

    private Icons() {}

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
        // Without the font (say, no writable temp folder for JavaFX to copy it to) the glyph
        // would be an empty box: the icon stays empty and the control's words carry it.
        Text icon = new Text(fontReady() ? new String(Character.toChars(ikon.getCode())) : "");
        // The stylesheet sets the same font; setting it here too means the glyph is never looked
        // for in the default font first, whose fallback search opens a large system CJK font.
        icon.setFont(Font.font(FONT_FAMILY, 16));
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** False if the icon font could not be loaded: icons are then empty, so no button may rely on one alone. */
    public static boolean available() {
        return fontReady();
    }

    /** Registers the Feather font with JavaFX once, so the stylesheet can name its family. */
    private static boolean fontReady() {
        Boolean ready = fontReady;
        if (ready == null) {
            synchronized (Icons.class) {
                if (fontReady == null) {
                    fontReady = register(() -> new FeatherIkonHandler().getFontResourceAsStream());
                }
                ready = fontReady;
            }
        }
        return ready;
    }

    /** True if {@code source} gave JavaFX a font of the family the stylesheet names. */
    static boolean register(Callable<InputStream> source) {
        try (InputStream in = source.call()) {
            Font font = in == null ? null : Font.loadFont(in, 16);
            return font != null && FONT_FAMILY.equals(font.getFamily());
        } catch (Exception e) {
            return false;
        }
    }
}
