package io.ascent.app.cli;

import io.ascent.service.ExportFormat;
import io.ascent.text.I18n;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads --format by file extension (pdf, md, json), as people type it; a format the command does
 * not write is misuse (exit 2), and the message lists only those it writes.
 */
class FormatConverter implements ITypeConverter<ExportFormat> {

    private final List<ExportFormat> allowed;

    FormatConverter() {
        this(List.of(ExportFormat.values()));
    }

    FormatConverter(List<ExportFormat> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** The formats of a promotion packet: pdf and md. */
    static final class Packet extends FormatConverter {
        Packet() {
            super(List.of(ExportFormat.PDF, ExportFormat.MD));
        }
    }

    @Override
    public ExportFormat convert(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return allowed.stream()
                .filter(f -> f.extension().equals(wanted) || (wanted.equals("markdown") && f == ExportFormat.MD))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(I18n.t(
                        "cli.error.format",
                        value,
                        allowed.stream().map(ExportFormat::extension).collect(Collectors.joining(", ")))));
    }
}
