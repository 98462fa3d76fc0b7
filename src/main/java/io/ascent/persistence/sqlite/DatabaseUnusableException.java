package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.PersistenceException;
import java.nio.file.Path;

/** A database file that cannot be opened, with which {@link DatabaseProblem} it has. */
public final class DatabaseUnusableException extends PersistenceException {

    private final DatabaseProblem problem;

    /** {@code file} has {@code problem}, said in the user's words ({@link DatabaseProblems#message}). */
    public DatabaseUnusableException(Path file, DatabaseProblem problem, Throwable cause) {
        this(problem, DatabaseProblems.message(file, problem, cause), cause);
    }

    public DatabaseUnusableException(DatabaseProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public DatabaseProblem problem() {
        return problem;
    }
}
