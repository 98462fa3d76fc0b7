package io.ascent.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ascent.domain.storage.DatabaseProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path that exists and is not a regular file (a pipe, a device, reached directly or through a
 * symbolic link) is refused before SQLite opens it: SQLite would wait forever on a pipe, and on a
 * device change its mode and write a {@code -journal} beside it. A pipe stands in for the devices
 * here, as it is no regular file either and needs no root to make.
 */
class NotARegularFileTest {

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process p = new ProcessBuilder("mkfifo", "-m", "666", fifo.toString()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return fifo;
    }

    private void assertRefusedUntouched(Path path, Path real, Opening how) throws Exception {
        String modeBefore = PosixFilePermissions.toString(Files.getPosixFilePermissions(real));
        DatabaseUnusableException refused = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> catchThrowableOfType(
                        DatabaseUnusableException.class, () -> Database.open(path, Clock.systemUTC(), how)));

        assertThat(refused).isNotNull();
        assertThat(refused.problem()).isEqualTo(DatabaseProblem.OTHER);
        assertThat(refused.getMessage()).contains(real.toString(), "not a regular file", "Nothing was changed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
                .isEqualTo(modeBefore);
        for (String suffix : new String[] {"-journal", "-wal", "-shm"}) {
            assertThat(real.resolveSibling(real.getFileName() + suffix)).doesNotExist();
            assertThat(path.resolveSibling(path.getFileName() + suffix)).doesNotExist();
        }
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void aPipeIsRefusedAtOnceByEveryKindOfOpening() throws Exception {
        Path fifo = fifo("ff");
        for (Opening how : new Opening[] {Opening.READ, Opening.WRITE, Opening.CREATE, Opening.WINDOW}) {
            assertRefusedUntouched(fifo, fifo, how);
        }
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aSymbolicLinkToAPipeIsFollowedAndRefused() throws Exception {
        Path fifo = fifo("pipe");
        Path link = Files.createSymbolicLink(dir.resolve("n.db"), fifo);
        assertRefusedUntouched(link, fifo, Opening.READ);
        assertRefusedUntouched(link, fifo, Opening.CREATE);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aSymbolicLinkToAFolderIsRefusedAsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plans"));
        Path link = Files.createSymbolicLink(dir.resolve("plans.db"), folder);
        DatabaseUnusableException refused =
                catchThrowableOfType(DatabaseUnusableException.class, () -> Database.open(link));
        assertThat(refused.getMessage()).contains(folder + " is a folder");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
