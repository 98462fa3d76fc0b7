package io.ascent.ui.shell;

import javafx.scene.Scene;

/** Puts the light or dark stylesheet on a scene; both share ascent.css and its colour variables. */
public final class Themes {

    public static final String BASE = "/assets/css/ascent.css";
    public static final String DARK = "/assets/css/ascent-dark.css";

    private Themes() {}

    public static void apply(Scene scene, boolean dark) {
        scene.getStylesheets().setAll(url(BASE));
        if (dark) {
            scene.getStylesheets().add(url(DARK));
        }
    }

    public static boolean isDark(Scene scene) {
        return scene.getStylesheets().contains(url(DARK));
    }

    private static String url(String resource) {
        return Themes.class.getResource(resource).toExternalForm();
    }
}
