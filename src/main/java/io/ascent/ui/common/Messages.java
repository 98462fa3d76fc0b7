package io.ascent.ui.common;

import io.ascent.text.I18n;

/** Turns failures into sentences for the status bar and error dialogs. */
public final class Messages {

    private Messages() {}

    public static String of(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null
                && (cause.getMessage() == null || cause.getMessage().isBlank())) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank()
                ? I18n.t("error.unexpected", cause.getClass().getSimpleName())
                : message;
    }
}
