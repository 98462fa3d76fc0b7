package io.ascent.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where imported frameworks are kept, as their JSON text. Failures are {@link PersistenceException}s. */
public interface FrameworkRepository {

    /** One stored framework: its id, version and name, and the JSON it was saved as. */
    record StoredFramework(String id, String version, String name, String json, Instant importedAt) {}

    List<StoredFramework> findAll();

    Optional<StoredFramework> findById(String id);

    /** Inserts or replaces the framework with {@code framework.id()}, in one statement. */
    void save(StoredFramework framework);
}
