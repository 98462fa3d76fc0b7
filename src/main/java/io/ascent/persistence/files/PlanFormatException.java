package io.ascent.persistence.files;

import io.ascent.persistence.PersistenceException;

/** A plan file that cannot be imported, with what is wrong in plain words. */
public class PlanFormatException extends PersistenceException {

    public PlanFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public PlanFormatException(String message) {
        super(message);
    }
}
