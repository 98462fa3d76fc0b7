package io.ascent.service;

/** The user asked for something that cannot be done as asked; the message says why, plainly. */
public class ValidationException extends RuntimeException {

    public ValidationException(String message) {
        super(message);
    }
}
