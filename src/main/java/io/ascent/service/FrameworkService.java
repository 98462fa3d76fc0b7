package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.persistence.FrameworkReader;
import java.util.List;
import java.util.Optional;

/** The frameworks a plan can follow: the default PM ladder that ships with Ascent. */
public class FrameworkService {

    private final FrameworkReader reader;
    private volatile Framework defaultFramework;

    public FrameworkService(FrameworkReader reader) {
        this.reader = reader;
    }

    /** The shipped PM ladder, read once. */
    public Framework defaultFramework() {
        Framework f = defaultFramework;
        if (f == null) {
            synchronized (this) {
                if (defaultFramework == null) {
                    defaultFramework = reader.readDefault();
                }
                f = defaultFramework;
            }
        }
        return f;
    }

    public Optional<Framework> framework(String id) {
        Framework f = defaultFramework();
        return f.id().equals(id) ? Optional.of(f) : Optional.empty();
    }

    public List<Framework> frameworks() {
        return List.of(defaultFramework());
    }
}
