package io.ascent.app.cli;

import io.ascent.domain.Cadence;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The rhythm options {@code plan edit} and {@code plan cadence} share: {@code --check-in-weeks},
 * {@code --one-on-one-weeks} (a number or {@code none}) and {@code --review-months}. What is not
 * given stays as it was.
 */
final class CadenceOptions {

    static final String NONE = "none";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = "--check-in-weeks",
            paramLabel = "N",
            descriptionKey = "cli.option.checkInWeeks",
            description = "A check-in every N weeks (default 4).")
    private Integer checkInWeeks;

    @Option(
            names = "--one-on-one-weeks",
            paramLabel = "N|none",
            descriptionKey = "cli.option.oneOnOneWeeks",
            description = "A 1:1 with your manager every N weeks (default 2), or 'none'.")
    private String oneOnOneWeeks;

    @Option(
            names = "--review-months",
            paramLabel = "N",
            descriptionKey = "cli.option.reviewMonths",
            description = "A review every N months (default 6).")
    private Integer reviewMonths;

    boolean given() {
        return checkInWeeks != null || oneOnOneWeeks != null || reviewMonths != null;
    }

    /** Checks the options' form before anything is opened: a word other than 'none' is misuse (exit 2). */
    void check() {
        oneOnOne();
    }

    /** {@code current} with the options given; numbers out of range are refused in the record's words. */
    Cadence applyTo(Cadence current) {
        try {
            return new Cadence(
                    checkInWeeks == null ? current.checkInWeeks() : checkInWeeks,
                    oneOnOne().orElse(current.oneOnOneWeeks()),
                    reviewMonths == null ? current.reviewMonths() : reviewMonths);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
    }

    private Optional<Optional<Integer>> oneOnOne() {
        if (oneOnOneWeeks == null) {
            return Optional.empty();
        }
        if (oneOnOneWeeks.strip().equalsIgnoreCase(NONE)) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(Integer.parseInt(oneOnOneWeeks.strip())));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), I18n.t("cli.error.oneOnOneWeeks", oneOnOneWeeks, NONE));
        }
    }
}
