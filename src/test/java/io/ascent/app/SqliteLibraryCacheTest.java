package io.ascent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryCacheTest {

    @TempDir
    Path cache;

    @Test
    void copiesTheNativeLibraryOnceAndReusesIt() throws Exception {
        Path first = SqliteLibraryCache.cachedCopy(cache).orElseThrow();
        var written = Files.getLastModifiedTime(first);

        Path second = SqliteLibraryCache.cachedCopy(cache).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(Files.size(first)).isGreaterThan(100_000);
        assertThat(Files.getLastModifiedTime(second)).isEqualTo(written);
        try (var files = Files.list(first.getParent())) {
            assertThat(files).containsExactly(first);
        }
    }

    @Test
    void truncatedCopyIsReplaced() throws Exception {
        Path library = SqliteLibraryCache.cachedCopy(cache).orElseThrow();
        long size = Files.size(library);
        Files.write(library, new byte[10]);

        Path again = SqliteLibraryCache.cachedCopy(cache).orElseThrow();

        assertThat(Files.size(again)).isEqualTo(size);
    }

    @Test
    void unwritableCacheFallsBackToTheDriversOwnWay() throws Exception {
        Path file = Files.writeString(cache.resolve("not-a-folder"), "x");

        assertThat(SqliteLibraryCache.cachedCopy(file)).isEmpty();
    }
}
