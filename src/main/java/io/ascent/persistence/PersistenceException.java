package io.ascent.persistence;

/** A storage failure, with a message that can be shown to the user as it is. */
public class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }

    public PersistenceException(String message) {
        super(message);
    }
}
