package io.ascent.persistence.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.ascent.domain.InputRules;
import io.ascent.text.I18n;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file as spreadsheets export it: a header row and data rows, numbered like the
 * spreadsheet (the header is row 1). Quoted fields, embedded newlines and a BOM are handled by
 * jackson-dataformat-csv; blank rows are skipped; the separator is ',' unless the header uses ';'
 * or tabs (as European Excel and copy-paste exports do).
 */
final class CsvTable {

    /** One data row with its spreadsheet row number. */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    static CsvTable parse(byte[] bytes, String source) {
        String text = FrameworkReader.decode(bytes, source);
        if (text.isBlank()) {
            throw new FrameworkFormatException(I18n.t("fw.msg.empty", source));
        }
        char separator = separator(text);
        checkHeaderWidth(text, separator, source);
        CsvMapper mapper = new CsvMapper(CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(InputLimits.MAX_STRING_CHARS)
                        .maxDocumentLength(InputLimits.FRAMEWORK_MAX_BYTES)
                        .build())
                .build());
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<List<String>> records = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(schema)
                .readValues(text)) {
            while (it.hasNextValue()) {
                List<String> record = it.nextValue();
                checkRecord(record, records.size() + 1, source);
                records.add(record);
            }
        } catch (FrameworkFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            InputLimits.limitMessage(e, source, InputLimits.FRAMEWORK_MAX_BYTES).ifPresent(limit -> {
                throw new FrameworkFormatException(limit, e);
            });
            throw new FrameworkFormatException(
                    I18n.t(
                            "csv.msg.notCsv",
                            source,
                            MappingMessages.at(e.getLocation()) + "(" + MappingMessages.clean(e) + ")"),
                    e);
        } catch (IOException | RuntimeException e) {
            throw new FrameworkFormatException(I18n.t("csv.msg.notCsv", source, "(" + e.getMessage() + ")"), e);
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Row row = new Row(i + 1, cells);
            for (int c = header.size(); c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    throw new FrameworkFormatException(I18n.t(
                            "csv.msg.extraColumn",
                            source,
                            String.valueOf(row.number()),
                            String.valueOf(c + 1),
                            String.valueOf(header.size())));
                }
            }
            rows.add(row);
        }
        return new CsvTable(source, header, rows);
    }

    // A header of a million commas is refused before the parser builds a million cells.
    private static void checkHeaderWidth(String text, char separator, String source) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long columns = first.chars().filter(ch -> ch == separator).count() + 1;
        if (columns > InputLimits.MAX_CSV_COLUMNS) {
            throw new FrameworkFormatException(I18n.t(
                    "input.csv.tooManyColumns",
                    source,
                    "1",
                    String.valueOf(columns),
                    String.valueOf(InputLimits.MAX_CSV_COLUMNS)));
        }
    }

    private static void checkRecord(List<String> record, int row, String source) {
        if (row > InputLimits.MAX_CSV_ROWS + 1) {
            throw new FrameworkFormatException(
                    I18n.t("input.csv.tooManyRows", source, String.valueOf(InputLimits.MAX_CSV_ROWS)));
        }
        if (record.size() > InputLimits.MAX_CSV_COLUMNS) {
            throw new FrameworkFormatException(I18n.t(
                    "input.csv.tooManyColumns",
                    source,
                    String.valueOf(row),
                    String.valueOf(record.size()),
                    String.valueOf(InputLimits.MAX_CSV_COLUMNS)));
        }
        for (int c = 0; c < record.size(); c++) {
            int bad = InputRules.badCharacterAt(record.get(c));
            if (bad >= 0) {
                throw new FrameworkFormatException(I18n.t(
                        "input.csv.badCharacter",
                        source,
                        String.valueOf(row),
                        String.valueOf(c + 1),
                        InputRules.describe(record.get(c), bad)));
            }
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(ch -> ch == ',').count();
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        long tabs = first.chars().filter(ch -> ch == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    String source() {
        return source;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** Columns by lower-cased header name; a name used twice is an error. */
    Map<String, Integer> columns() {
        Map<String, Integer> result = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isEmpty()) {
                throw error(1, I18n.t("csv.msg.noName", String.valueOf(c + 1)));
            }
            Integer before = result.put(name.toLowerCase(Locale.ROOT), c);
            if (before != null) {
                throw error(1, I18n.t("csv.msg.twice", name, String.valueOf(before + 1), String.valueOf(c + 1)));
            }
        }
        return result;
    }

    Optional<Integer> column(String name) {
        return Optional.ofNullable(columns().get(name));
    }

    FrameworkFormatException error(int row, String what) {
        return new FrameworkFormatException(I18n.t("csv.msg.row", source, String.valueOf(row), what));
    }
}
