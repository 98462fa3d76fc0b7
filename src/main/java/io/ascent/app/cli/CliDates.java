package io.ascent.app.cli;

import io.ascent.text.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates on the command line, one rule for every date option: ISO {@code yyyy-mm-dd} only (as in
 * every file format; the window takes the language's form too), and a refusal in plain words
 * that names the option, what was given and the form expected, in the command line's language.
 */
final class CliDates implements ITypeConverter<LocalDate> {

    /** Stands for the option's name where picocli does not say it (CliErrors names the option). */
    private static final String FALLBACK_NAME = "DATE";

    /** The date {@code text} names, or empty if it is no ISO date that exists. */
    static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why {@code given} is refused for {@code option}, as part of a usage error's sentence. */
    static String problem(String option, String given) {
        return I18n.t("cli.error.badDate", option, given);
    }

    /**
     * Refuses {@code --from} after {@code --to} as misuse (exit 2), the same way for every command
     * that takes a period ({@code win list}, {@code plan packet}); either may be absent.
     */
    static void requireOrdered(CommandLine command, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(command, I18n.t("cli.error.backwards", from, to));
        }
    }

    /** For picocli, which words the refusal through {@link CliErrors#usage} with the option's name. */
    @Override
    public LocalDate convert(String value) {
        return parse(value).orElseThrow(() -> new TypeConversionException(problem(FALLBACK_NAME, value)));
    }
}
