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
            LocalDate day = day(row.cell(date), BragDocument.where(source, true, row.number()));
            List<String> tags = Arrays.stream(row.cell(competencies).split("[;|,]"))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList();
            entries.add(new BragEntry(row.number(), day, row.cell(title), row.cell(story), tags));
        }
        return new BragDocument(source, true, entries, List.of(), List.of());
    }

    /**
     * The ISO date {@code text} (2026-10-02) in Ascent's range; refused, after {@code where} ("brag.csv:
     * row 2: "), when it is not one (2027-02-31) or is outside the range.
     */
    static LocalDate day(String text, String where) {
        try {
            return InputRules.requireDateInRange(LocalDate.parse(text.strip()), "input.field.winDate");
        } catch (DateTimeException e) {
            throw new BragFormatException(where + I18n.t("brag.msg.badDate", text.strip()), e);
        } catch (IllegalArgumentException e) {
            throw new BragFormatException(where + e.getMessage(), e);
        }
    }
}
