package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.DatabaseFailure;
import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.persistence.PersistenceException;
import java.nio.file.Path;

/**
 * A database file that cannot be opened or used, with which {@link DatabaseProblem} it has. The
 * message says what is wrong; front ends add their own way out ({@link DatabaseFailure}).
 */
public final class DatabaseUnusableException extends PersistenceException implements DatabaseFailure {

    private final DatabaseProblem problem;
    private final Path file;

    /** {@code file} has {@code problem}, said in the user's words ({@link DatabaseProblems#message}). */
    public DatabaseUnusableException(Path file, DatabaseProblem problem, Throwable cause) {
        this(file, problem, DatabaseProblems.message(file, problem, cause), cause);
    }

    public DatabaseUnusableException(Path file, DatabaseProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    @Override
    public DatabaseProblem problem() {
        return problem;
    }

    /** The database file the problem is about. */
    public Path file() {
        return file;
    }
}
