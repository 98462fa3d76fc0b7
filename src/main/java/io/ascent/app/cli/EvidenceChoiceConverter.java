package io.ascent.app.cli;

import io.ascent.domain.review.EvidenceChoice;
import io.ascent.text.I18n;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --include-evidence: all, done or none. */
final class EvidenceChoiceConverter implements ITypeConverter<EvidenceChoice> {

    @Override
    public EvidenceChoice convert(String value) {
        for (EvidenceChoice choice : EvidenceChoice.values()) {
            if (choice.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw new TypeConversionException(I18n.t("cli.review.badEvidence", value));
    }
}
