package io.ascent.app.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What Ascent remembers between starts on this computer: window size and position, the last
 * plan, theme and language. Kept in a small properties file beside the default database, not in
 * the plan database, because they belong to the machine rather than to the plans. (Java's
 * preferences were used before; on Linux they are an XML file whose parser cost a tenth of a
 * second of every start. They are copied over once.) Every change is written soon after on a
 * background thread, never on the JavaFX thread, so a crash keeps what was set; within one
 * run, {@link #forUser()} hands out one shared instance, so every reader sees every change.
 */
public final class Settings {

    /** Tests point this at their own file so they never touch the user's settings. */
    public static final String FILE_PROPERTY = "ascent.settings.file";

    private static final String OLD_NODE = "io/ascent";
    private static final Map<Path, Settings> SHARED = new ConcurrentHashMap<>();
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ascent-settings");
        thread.setDaemon(true);
        return thread;
    });

    public enum Theme {
        LIGHT,
        DARK
    }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

        /**
         * These bounds moved and shrunk so that the whole window lies within the area
         * {@code (minX, minY, areaWidth, areaHeight)} (a screen's visual bounds): a window saved on a
         * larger screen opens whole on a smaller one, never past its edges.
         */
        public WindowBounds fitInto(double minX, double minY, double areaWidth, double areaHeight) {
            double w = Math.min(width, areaWidth);
            double h = Math.min(height, areaHeight);
            double fx = Math.max(minX, Math.min(x, minX + areaWidth - w));
            double fy = Math.max(minY, Math.min(y, minY + areaHeight - h));
            return new WindowBounds(fx, fy, w, h, maximized);
        }
    }

    private final Path file;
    private final Properties values = new Properties();

    /** The settings kept in {@code file}; a missing or unreadable file means the defaults. */
    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file only costs the remembered window and theme.
                values.clear();
            }
        }
    }

    /** Where these settings are kept. */
    public Path file() {
        return file;
    }

    /** This computer's settings, shared by everyone in this run. */
    public static Settings forUser() {
        String override = System.getProperty(FILE_PROPERTY);
        Path file = override != null
                ? Path.of(override)
                : AppPaths.defaultDatabase().resolveSibling("settings.properties");
        return SHARED.computeIfAbsent(file.toAbsolutePath(), path -> {
            if (override == null && !Files.exists(path)) {
                copyOldPreferences(path);
            }
            return new Settings(path);
        });
    }

    /** Copies the settings an earlier Ascent kept in Java's preferences, once; nothing if there were none. */
    static void copyOldPreferences(Path file) {
        try {
            if (!Preferences.userRoot().nodeExists(OLD_NODE)) {
                return;
            }
            copy(Preferences.userRoot().node(OLD_NODE), file);
        } catch (BackingStoreException | RuntimeException e) {
            // Starting with the defaults is better than not starting.
        }
    }

    static void copy(Preferences node, Path file) throws BackingStoreException {
        Settings settings = new Settings(file);
        for (String key : node.keys()) {
            String value = node.get(key, null);
            if (value != null) {
                settings.values.setProperty(key, value);
            }
        }
        settings.save();
    }

    public Optional<WindowBounds> windowBounds() {
        double width = number("window.width", -1);
        double height = number("window.height", -1);
        if (width < 200 || height < 200) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(
                number("window.x", 0),
                number("window.y", 0),
                width,
                height,
                Boolean.parseBoolean(values.getProperty("window.maximized", "false"))));
    }

    public void setWindowBounds(WindowBounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
        saveSoon();
    }

    /** The last plan opened in the database at {@code databaseKey} (its absolute path). */
    public Optional<Long> lastPlan(String databaseKey) {
        long id = (long) number(lastPlanKey(databaseKey), -1);
        return id < 0 ? Optional.empty() : Optional.of(id);
    }

    public void setLastPlan(String databaseKey, long planId) {
        put(lastPlanKey(databaseKey), Long.toString(planId));
    }

    private static String lastPlanKey(String databaseKey) {
        return "lastPlan." + Integer.toHexString(databaseKey.hashCode());
    }

    public Theme theme() {
        try {
            return Theme.valueOf(values.getProperty("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        put("theme", theme.name());
    }

    public Optional<String> language() {
        return Optional.ofNullable(values.getProperty("language"));
    }

    public void setLanguage(String languageTag) {
        put("language", languageTag);
    }

    /** Forgets every setting (tests start from here). */
    public void clear() {
        values.clear();
        saveSoon();
    }

    /** Writes the settings out now and waits for it; changes are otherwise written soon after they are made. */
    public void flush() {
        try {
            WRITER.submit(this::save).get();
        } catch (ExecutionException e) {
            // save() reports nothing; losing a window position is not worth bothering the user with.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void put(String key, String value) {
        if (!value.equals(values.setProperty(key, value))) {
            saveSoon();
        }
    }

    private void saveSoon() {
        WRITER.execute(this::save);
    }

    private synchronized void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                values.store(out, "Ascent settings");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Losing a window position is not worth bothering the user with.
        }
    }
}
