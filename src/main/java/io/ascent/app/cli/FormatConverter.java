package io.ascent.app.cli;

import io.ascent.service.ExportFormat;
import io.ascent.text.I18n;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --format by file extension (pdf, md, json), as people type it. */
final class FormatConverter implements ITypeConverter<ExportFormat> {

    @Override
    public ExportFormat convert(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(ExportFormat.values())
                .filter(f -> f.extension().equals(wanted) || (wanted.equals("markdown") && f == ExportFormat.MD))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(I18n.t(
                        "cli.error.format",
                        value,
                        Arrays.stream(ExportFormat.values())
                                .map(ExportFormat::extension)
                                .collect(Collectors.joining(", ")))));
    }
}
