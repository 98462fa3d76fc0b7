package io.ascent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The macOS installer's icon is a well-formed .icns with the large sizes Finder and the Dock use. */
class MacIconTest {

    @Test
    void icnsHoldsEveryIconFromSmallToRetinaSize() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(Path.of("assets/icons/ascent.icns")));

        assertThat(type(icns, 0)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("declared length").isEqualTo(icns.capacity());
        List<String> types = new ArrayList<>();
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            assertThat(icns.getInt(at + 4)).as("length of an element").isGreaterThan(8);
            types.add(type(icns, at));
        }
        assertThat(types).contains("is32", "il32", "it32", "ic08", "ic09");
        assertThat(Files.readString(Path.of("packaging/jpackage.sh"))).contains("assets/icons/ascent.icns");
    }

    private static String type(ByteBuffer buffer, int at) {
        byte[] type = new byte[4];
        buffer.get(at, type);
        return new String(type, StandardCharsets.US_ASCII);
    }
}
