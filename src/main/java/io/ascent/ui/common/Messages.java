package io.ascent.ui.common;

import io.ascent.domain.storage.DatabaseFailure;
import io.ascent.domain.storage.DatabaseProblem;
import io.ascent.text.I18n;

/** Turns failures into sentences for the status bar and error dialogs. */
public final class Messages {

    private Messages() {}

    /** What went wrong and, for a damaged database, the window's way out (File > Restore from backup). */
    public static String of(Throwable error) {
        String fact = fact(error);
        return error instanceof DatabaseFailure f && f.problem() == DatabaseProblem.CORRUPT
                ? fact + " " + I18n.t("window.advice.CORRUPT")
                : fact;
    }

    /** What went wrong, without a way out: for screens that offer their own. */
    public static String fact(Throwable error) {
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
