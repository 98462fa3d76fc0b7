package io.ascent.app.cli;

import io.ascent.domain.InputRules;
import io.ascent.domain.MilestoneProgress;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Limits on what the command line accepts, checked once before any command runs: how many
 * arguments, how long each is, no control characters, no required option given empty, and file
 * paths no longer than a file system allows. Names and texts then meet the same rules as in the window (plan name 120
 * characters, evidence 20,000).
 */
final class ArgumentLimits {

    /**
     * Most commands take about a dozen arguments; {@code review answer} rates, comments and
     * confirms evidence for each of 21 competencies, about 130 with the options written apart.
     */
    static final int MAX_ARGS = 256;
    /** The longest text an argument can carry is a milestone's evidence. */
    static final int MAX_ARG_CHARS = MilestoneProgress.MAX_TEXT;

    private ArgumentLimits() {}

    /**
     * What is wrong with the raw arguments, if anything: too many, one too long, or one with a
     * control character. Also asked when picocli cannot parse them, so a flood of arguments is
     * named as such rather than by whatever picocli tripped over first.
     */
    static Optional<String> problem(List<String> args) {
        if (args.size() > MAX_ARGS) {
            return Optional.of(I18n.t("input.arg.tooMany", String.valueOf(args.size()), String.valueOf(MAX_ARGS)));
        }
        for (String arg : args) {
            if (arg.length() > MAX_ARG_CHARS) {
                return Optional.of(I18n.t(
                        "input.arg.tooLong", start(arg), String.valueOf(arg.length()), String.valueOf(MAX_ARG_CHARS)));
            }
            int bad = InputRules.badCharacterAt(arg);
            if (bad >= 0) {
                return Optional.of(I18n.t("input.arg.badCharacter", start(arg), InputRules.describe(arg, bad)));
            }
        }
        return Optional.empty();
    }

    static void check(ParseResult parsed) {
        CommandLine command = parsed.commandSpec().commandLine();
        problem(parsed.originalArgs()).ifPresent(problem -> {
            throw new ParameterException(command, problem);
        });
        for (ParseResult result = parsed; result != null; result = result.subcommand()) {
            for (ArgSpec arg : result.matchedArgs()) {
                if (arg.required()
                        && arg instanceof OptionSpec option
                        && (arg.type() == String.class || arg.type() == Path.class)
                        && arg.getValue() != null
                        && arg.getValue().toString().isBlank()) {
                    // An empty --title is as missing as no --title: misuse, like a value that is not a date.
                    throw new ParameterException(
                            result.commandSpec().commandLine(), I18n.t("cli.error.empty", option.longestName()));
                }
                if (arg.type() == Path.class
                        && arg.getValue() != null
                        && arg.getValue().toString().length() > InputRules.MAX_PATH_CHARS) {
                    throw new ParameterException(
                            result.commandSpec().commandLine(),
                            I18n.t(
                                    "input.arg.pathTooLong",
                                    arg.paramLabel(),
                                    String.valueOf(arg.getValue().toString().length()),
                                    String.valueOf(InputRules.MAX_PATH_CHARS)));
                }
            }
        }
    }

    private static String start(String arg) {
        String shown = arg.codePoints()
                .limit(20)
                .map(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return shown.length() < arg.length() ? shown + "..." : shown;
    }
}
