package io.ascent.app.boot;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Ascent keeps its database on each platform, following that platform's convention. */
public final class AppPaths {

    private AppPaths() {}

    public static Path defaultDatabase() {
        return defaultDatabase(
                System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Where Ascent may keep files it can always rebuild (a copy of the SQLite library). */
    public static Path cacheFolder() {
        return cacheFolder(
                System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path cacheFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base =
                    local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("Ascent").resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Ascent");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".cache") : Path.of(xdg);
        return base.resolve("ascent");
    }

    static Path defaultDatabase(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("Ascent").resolve("ascent.db");
        }
        if (os.contains("mac")) {
            return home.resolve("Library")
                    .resolve("Application Support")
                    .resolve("Ascent")
                    .resolve("ascent.db");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share")
                : Path.of(xdg);
        return base.resolve("ascent").resolve("ascent.db");
    }
}
