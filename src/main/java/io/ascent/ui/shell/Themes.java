package io.ascent.ui.shell;

import io.ascent.text.I18n;
import javafx.scene.Scene;

/**
 * Puts the light or dark stylesheet on a scene; both share ascent.css and its colour variables.
 * Under Chinese, ascent-cjk.css draws headings in one weight (see there why).
 */
public final class Themes {

    public static final String BASE = "/assets/css/ascent.css";
    public static final String DARK = "/assets/css/ascent-dark.css";
    public static final String CJK = "/assets/css/ascent-cjk.css";

    private Themes() {}

    public static void apply(Scene scene, boolean dark) {
        scene.getStylesheets().setAll(url(BASE));
        if (dark) {
            scene.getStylesheets().add(url(DARK));
        }
        if (I18n.locale().getLanguage().equals("zh")) {
            scene.getStylesheets().add(url(CJK));
        }
    }

    public static boolean isDark(Scene scene) {
        return scene.getStylesheets().contains(url(DARK));
    }

    private static String url(String resource) {
        return Themes.class.getResource(resource).toExternalForm();
    }
}
