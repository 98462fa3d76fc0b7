package io.ascent;

import io.ascent.domain.Framework;
import io.ascent.persistence.files.FrameworkReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Frameworks for tests: the small hand-made ladder whose counts the tests compute by hand. */
public final class TestFrameworks {

    private TestFrameworks() {}

    public static Framework small() {
        try (InputStream in = TestFrameworks.class.getResourceAsStream("/frameworks/small.json")) {
            return new FrameworkReader().parse(in.readAllBytes(), "small.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
