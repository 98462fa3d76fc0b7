package io.ascent.persistence;

import io.ascent.domain.storage.DatabaseProblem;
import java.nio.file.Path;

/** A database file that cannot be opened, with which {@link DatabaseProblem} it has. */
public final class DatabaseUnusableException extends PersistenceException {

    private final transient Path file;
    private final DatabaseProblem problem;

    public DatabaseUnusableException(Path file, DatabaseProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public DatabaseProblem problem() {
        return problem;
    }
}
