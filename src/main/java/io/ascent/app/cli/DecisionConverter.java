package io.ascent.app.cli;

import io.ascent.domain.review.Decision;
import io.ascent.text.I18n;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --decision as people type it: ready, not-yet, or ready-by:2027-06-30. */
final class DecisionConverter implements ITypeConverter<Decision> {

    @Override
    public Decision convert(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("ready")) {
            return Decision.ready();
        }
        if (wanted.equals("not-yet")) {
            return Decision.notYet();
        }
        if (wanted.startsWith("ready-by:")) {
            try {
                return CliDates.parse(wanted.substring("ready-by:".length()))
                        .map(Decision::readyBy)
                        .orElseThrow(() -> new TypeConversionException(I18n.t("cli.review.badDecision", value)));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(I18n.t("cli.review.badDecision", value));
            }
        }
        throw new TypeConversionException(I18n.t("cli.review.badDecision", value));
    }
}
