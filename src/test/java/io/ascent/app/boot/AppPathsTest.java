package io.ascent.app.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    private final Path home = Path.of("/home/pat");

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(AppPaths.defaultDatabase("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/ascent/ascent.db"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(AppPaths.defaultDatabase("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/pat/.local/share/ascent/ascent.db"));
        assertThat(AppPaths.defaultDatabase("Linux", Map.of("XDG_DATA_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/pat/.local/share/ascent/ascent.db"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppPaths.defaultDatabase("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/pat/Library/Application Support/Ascent/ascent.db"));
    }

    @Test
    void cacheFolderFollowsEachPlatformsConvention() {
        assertThat(AppPaths.cacheFolder("Linux", Map.of("XDG_CACHE_HOME", "/cache"), home))
                .isEqualTo(Path.of("/cache/ascent"));
        assertThat(AppPaths.cacheFolder("Linux", Map.of(), home)).isEqualTo(Path.of("/home/pat/.cache/ascent"));
        assertThat(AppPaths.cacheFolder("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/pat/Library/Caches/Ascent"));
        assertThat(AppPaths.cacheFolder("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/pat/AppData/Local"), home))
                .isEqualTo(Path.of("C:/Users/pat/AppData/Local/Ascent/cache"));
    }

    @Test
    void dbOptionOverridesTheDefault() {
        assertThat(LaunchOptions.parse(List.of("--db", "/tmp/x.db")).databaseOrDefault())
                .isEqualTo(Path.of("/tmp/x.db"));
        assertThat(LaunchOptions.parse(List.of("--db=/tmp/y.db")).databaseOrDefault())
                .isEqualTo(Path.of("/tmp/y.db"));
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--db"))).hasMessageContaining("needs a file path");
    }
}
