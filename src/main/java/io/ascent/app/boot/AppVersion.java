package io.ascent.app.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version, written into {@code io/ascent/version.properties} from the pom. */
public final class AppVersion {

    private AppVersion() {}

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/io/ascent/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Only Help > About shows it; an unreadable file leaves it unknown.
        }
        String version = p.getProperty("version", "");
        return version.isBlank() || version.startsWith("${") ? "?" : version;
    }
}
