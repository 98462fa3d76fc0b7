package io.ascent.app.cli;

import io.ascent.text.I18n;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Rules on the dates typed on the command line that more than one command shares. */
final class CliDates {

    private CliDates() {}

    /**
     * Refuses {@code --from} after {@code --to} as misuse (exit 2), the same way for every command
     * that takes a period ({@code win list}, {@code plan packet}); either may be absent.
     */
    static void requireOrdered(CommandLine command, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(command, I18n.t("cli.error.backwards", from, to));
        }
    }
}
