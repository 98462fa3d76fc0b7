package io.ascent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ascent.service.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseFileTest {

    @TempDir
    Path dir;

    @Test
    void theFirstLineIsThePassphrase() throws Exception {
        Path file = Files.writeString(dir.resolve("p.txt"), "correct horse battery staple\r\nsecond line\n");

        assertThat(new String(PassphraseFile.read(file))).isEqualTo("correct horse battery staple");
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedAfterTheCap() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));

        assertThatThrownBy(() -> PassphraseFile.read(zero))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The passphrase file /dev/zero is longer than 1,024 bytes; a passphrase file holds the "
                        + "passphrase on one line and nothing else.");
    }

    @Test
    void aLargeFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(1025));

        assertThatThrownBy(() -> PassphraseFile.read(file)).hasMessageContaining("is longer than 1,024 bytes");
    }

    @Test
    void aMissingFileAFolderAndAnEmptyFileSaySo() throws Exception {
        Path missing = dir.resolve("nope.txt");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blankFirstLine = Files.writeString(dir.resolve("blank.txt"), "\nsecret\n");

        assertThatThrownBy(() -> PassphraseFile.read(missing))
                .hasMessage("There is no passphrase file " + missing + ". Check the path and try again.");
        assertThatThrownBy(() -> PassphraseFile.read(dir))
                .hasMessageStartingWith(dir + " is a folder, not a passphrase file.");
        assertThatThrownBy(() -> PassphraseFile.read(empty)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> PassphraseFile.read(blankFirstLine)).hasMessageContaining("is empty");
    }
}
