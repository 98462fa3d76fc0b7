package io.ascent.ui.common;

import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The app's icons (Feather, through Ikonli), by what they stand for, so screens stay consistent. */
public final class Icons {

    private static final Map<String, Feather> PAGES = Map.of(
            "dashboard", Feather.HOME,
            "milestones", Feather.CHECK_SQUARE,
            "assessment", Feather.SLIDERS,
            "history", Feather.TRENDING_UP,
            "framework", Feather.LAYERS,
            "plan", Feather.PRINTER);

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

    public static FontIcon forPage(String pageId) {
        return icon(PAGES.getOrDefault(pageId, Feather.CIRCLE));
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
