package io.ascent.persistence.files;

import io.ascent.persistence.PersistenceException;

/** A brag document that cannot be imported; the message says why, naming the file and line. */
public class BragFormatException extends PersistenceException {

    public BragFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public BragFormatException(String message) {
        super(message);
    }
}
