package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.persistence.FrameworkRepository;
import io.ascent.persistence.FrameworkRepository.StoredFramework;
import io.ascent.persistence.files.StoredFrameworks;
import java.util.Optional;
import java.util.function.Function;

/**
 * The imported frameworks in the database, read back, as a CSV import looks them up to keep the
 * ids it gave before: by id, and by name for a ladder whose name is in another script.
 */
final class DatabaseFrameworks implements StoredFrameworks {

    private final FrameworkRepository repository;
    private final Function<StoredFramework, Optional<Framework>> parse;

    DatabaseFrameworks(FrameworkRepository repository, Function<StoredFramework, Optional<Framework>> parse) {
        this.repository = repository;
        this.parse = parse;
    }

    @Override
    public Optional<Framework> withId(String id) {
        return repository.findById(id).flatMap(parse);
    }

    @Override
    public Optional<Framework> named(String name) {
        return repository.findAll().stream()
                .filter(stored -> stored.name().equals(name))
                .findFirst()
                .flatMap(parse);
    }
}
