package io.ascent.persistence.files;

import io.ascent.persistence.PersistenceException;

/** A framework file that cannot be used, with where and what is wrong in plain words. */
public class FrameworkFormatException extends PersistenceException {

    public FrameworkFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public FrameworkFormatException(String message) {
        super(message);
    }
}
