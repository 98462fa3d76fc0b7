package io.ascent.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Ascent keeps its database on each platform, following that platform's convention. */
public final class AppPaths {

    private AppPaths() {
    }

    public static Path defaultDatabase() {
        return defaultDatabase(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultDatabase(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Ascent").resolve("ascent.db");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Ascent").resolve("ascent.db");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share")
                : Path.of(xdg);
        return base.resolve("ascent").resolve("ascent.db");
    }
}
