package io.ascent.app.cli;

import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Misused commands in the user's language: picocli words its parse errors in English, so the
 * ones people meet most (something missing, something unknown, a value that is not a date or
 * not one of the choices) are worded here.
 */
final class CliErrors {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    private CliErrors() {}

    static String usage(ParameterException e) {
        if (e instanceof MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            return I18n.t(
                    "cli.error.missing",
                    missing.getMissing().stream()
                            .map(CliErrors::name)
                            .collect(Collectors.joining(I18n.t("common.listSeparator"))));
        }
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            String unknown = I18n.t("cli.error.unknown", String.join(" ", unmatched.getUnmatched()));
            return unmatched.getSuggestions().isEmpty()
                    ? unknown
                    : unknown
                            + I18n.t(
                                    "cli.error.didYouMean",
                                    String.join(I18n.t("cli.error.or"), unmatched.getSuggestions()));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && arg.type() == LocalDate.class && e.getValue() != null) {
            return CliDates.problem(optionName(arg), e.getValue());
        }
        if (arg != null && WHOLE_NUMBERS.contains(arg.type()) && e.getValue() != null) {
            return I18n.t("cli.error.notANumber", optionName(arg), e.getValue());
        }
        if (arg != null && e.getCause() instanceof TypeConversionException refused && refused.getMessage() != null) {
            // The converters word their refusals in the user's language; picocli's frame around them is English.
            return I18n.t("cli.error.badValue", optionName(arg), refused.getMessage());
        }
        // A part of the sentence cli.error.usage builds: without its own final period.
        String text = Cli.firstLine(e.getMessage());
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String optionName(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : arg.paramLabel();
    }
}
