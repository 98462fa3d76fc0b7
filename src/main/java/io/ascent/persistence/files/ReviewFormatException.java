package io.ascent.persistence.files;

import io.ascent.persistence.PersistenceException;

/** A review request, response or reviewer key file that cannot be read, with what is wrong in plain words. */
public class ReviewFormatException extends PersistenceException {

    public ReviewFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReviewFormatException(String message) {
        super(message);
    }
}
