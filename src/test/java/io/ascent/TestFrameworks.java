package io.ascent;

import io.ascent.domain.Framework;
import io.ascent.persistence.files.FrameworkReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Frameworks for tests: small hand-made ladders whose counts the tests compute by hand. */
public final class TestFrameworks {

    private TestFrameworks() {}

    /** Format 1: levels a, b, c; core1, core2, grow (growth) and usab (ux); nine milestones. */
    public static Framework small() {
        return read("small.json");
    }

    /**
     * Format 2 with every field: shared levels pm and senior, principal (rank 3) on the ic track,
     * group (3) and director (4) on the mgmt track, {@code requiredPerCell} 2, strategy needing 1
     * at senior, cells with only an expectation, one with nothing (people at director), and
     * translations into es and zh-CN.
     */
    public static Framework twoTracks() {
        return read("two-tracks.json");
    }

    private static Framework read(String name) {
        try (InputStream in = TestFrameworks.class.getResourceAsStream("/frameworks/" + name)) {
            return new FrameworkReader().parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
