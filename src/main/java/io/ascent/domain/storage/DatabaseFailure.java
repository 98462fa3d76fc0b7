package io.ascent.domain.storage;

/**
 * A failure of the database that shows one of the {@link DatabaseProblem}s. The message of
 * such a failure says what is wrong with the file; each front end adds its own way out (a
 * menu in the window, a command on the command line), so every message is true where it shows.
 */
public interface DatabaseFailure {

    DatabaseProblem problem();
}
