package io.ascent.app;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What Ascent remembers between starts on this computer: window size and position, the last
 * plan, theme and language. Kept in the user's Java preferences, not in the plan database,
 * because they belong to the machine rather than to the plans.
 */
public final class Settings {

    /** Tests point this at their own node so they never touch the user's settings. */
    public static final String NODE_PROPERTY = "ascent.settings.node";

    public enum Theme { LIGHT, DARK }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "io/ascent")));
    }

    public Optional<WindowBounds> windowBounds() {
        double width = prefs.getDouble("window.width", -1);
        double height = prefs.getDouble("window.height", -1);
        if (width < 200 || height < 200) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0),
                width, height, prefs.getBoolean("window.maximized", false)));
    }

    public void setWindowBounds(WindowBounds bounds) {
        prefs.putDouble("window.x", bounds.x());
        prefs.putDouble("window.y", bounds.y());
        prefs.putDouble("window.width", bounds.width());
        prefs.putDouble("window.height", bounds.height());
        prefs.putBoolean("window.maximized", bounds.maximized());
    }

    /** The last plan opened in the database at {@code databaseKey} (its absolute path). */
    public Optional<Long> lastPlan(String databaseKey) {
        long id = prefs.getLong("lastPlan." + Integer.toHexString(databaseKey.hashCode()), -1);
        return id < 0 ? Optional.empty() : Optional.of(id);
    }

    public void setLastPlan(String databaseKey, long planId) {
        prefs.putLong("lastPlan." + Integer.toHexString(databaseKey.hashCode()), planId);
    }

    public Theme theme() {
        try {
            return Theme.valueOf(prefs.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        prefs.put("theme", theme.name());
    }

    public Optional<String> language() {
        return Optional.ofNullable(prefs.get("language", null));
    }

    public void setLanguage(String languageTag) {
        prefs.put("language", languageTag);
    }

    /** Writes the settings out now; preferences otherwise flush on their own schedule. */
    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Losing a window position is not worth bothering the user with.
        }
    }
}
