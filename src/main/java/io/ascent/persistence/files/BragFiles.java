package io.ascent.persistence.files;

import io.ascent.domain.InputRules;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a brag document the user already keeps: a CSV with the columns date, title, story and
 * competencies (docs/brag-import.md), or Markdown in the common shape (see {@link BragMarkdown}).
 * The hostile-input rules of plan files hold: a size limit, UTF-8 only, no control characters, a
 * limit on entries and on bullet depth; a cell that looks like a spreadsheet formula is kept as
 * text, never evaluated.
 */
public final class BragFiles {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ENTRIES = 5_000;

    private BragFiles() {}

    public static BragDocument read(Path file) {
        String source = String.valueOf(file.getFileName());
        String name = source.toLowerCase(Locale.ROOT);
        byte[] bytes = TextFiles.read(file, MAX_BYTES, BragFormatException::new);
        if (name.endsWith(".csv")) {
            return csv(bytes, source);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
            String text = TextFiles.decode(bytes, source, MAX_BYTES, BragFormatException::new);
            return BragMarkdown.parse(text, source);
        }
        throw new BragFormatException(I18n.t("brag.msg.kind", source));
    }

    private static BragDocument csv(byte[] bytes, String source) {
        CsvTable table = CsvTable.parse(bytes, source);
        Map<String, Integer> columns = table.columns();
        Integer date = columns.get("date");
        Integer title = columns.get("title");
        if (date == null || title == null) {
            throw new BragFormatException(I18n.t("brag.msg.columns", source));
        }
        int story = columns.getOrDefault("story", -1);
        int competencies = columns.getOrDefault("competencies", -1);
        List<BragEntry> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (entries.size() >= MAX_ENTRIES) {
                throw new BragFormatException(I18n.t("brag.msg.tooMany", source, MAX_ENTRIES));
            }
            LocalDate day = date(row.cell(date), source, row.number())
                    .orElseThrow(() ->
                            new BragFormatException(I18n.t("brag.msg.badDate", source, row.number(), row.cell(date))));
            List<String> tags = Arrays.stream(row.cell(competencies).split("[;|,]"))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList();
            entries.add(new BragEntry(row.number(), day, row.cell(title), row.cell(story), tags));
        }
        return new BragDocument(source, entries, List.of());
    }

    /** The ISO date {@code text} (2026-10-02) in Ascent's range, or empty when it is not one. */
    static Optional<LocalDate> date(String text, String source, int line) {
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return Optional.of(InputRules.requireDateInRange(day, "input.field.winDate"));
        } catch (DateTimeException e) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            throw new BragFormatException(source + ": " + I18n.t("brag.msg.line", line) + " " + e.getMessage());
        }
    }
}
