package io.ascent.persistence.files;

import io.ascent.text.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of a competency matrix CSV as written, before anything has an id: the level titles
 * (every column that is not one of the matrix's own) and per competency its cells, checked for
 * presence and length with the row and column named.
 */
final class CompetencyMatrix {

    private static final Set<String> MATRIX_COLUMNS =
            Set.of("area", "competency", "id", "description", "specialization");

    /** One competency row; {@code expectations} in the order of the level columns. */
    record Row(
            int number,
            String area,
            String title,
            Optional<String> id,
            Optional<String> specialization,
            List<String> expectations,
            String description) {}

    private final CsvTable table;
    private final List<String> levelTitles;
    private final List<Row> rows;

    private CompetencyMatrix(CsvTable table, List<String> levelTitles, List<Row> rows) {
        this.table = table;
        this.levelTitles = levelTitles;
        this.rows = rows;
    }

    static CompetencyMatrix read(CsvTable table) {
        Map<String, Integer> columns = table.columns();
        if (!columns.containsKey("area") || !columns.containsKey("competency")) {
            throw table.error(1, I18n.t("csv.msg.matrixHeader", String.join(", ", table.header())));
        }
        List<String> levels = levelTitles(table);
        return new CompetencyMatrix(table, levels, rows(table, levels));
    }

    CsvTable table() {
        return table;
    }

    List<String> levelTitles() {
        return levelTitles;
    }

    List<Row> rows() {
        return rows;
    }

    private static List<String> levelTitles(CsvTable table) {
        List<String> titles = new ArrayList<>();
        for (String name : table.header()) {
            if (MATRIX_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (name.length() > FrameworkCsvReader.MAX_TITLE) {
                throw table.error(1, I18n.t("csv.msg.levelName", name.substring(0, 40)));
            }
            titles.add(name);
        }
        if (titles.size() < 2) {
            throw table.error(
                    1,
                    I18n.t(
                            titles.size() == 1 ? "csv.msg.oneLevel" : "csv.msg.fewLevels",
                            String.valueOf(titles.size())));
        }
        return titles;
    }

    /** A title written twice is an error (whatever its case); two titles with one slug are not. */
    private static List<Row> rows(CsvTable table, List<String> levels) {
        Map<String, Integer> columns = table.columns();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> rowsByTitle = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String area = FrameworkCsvReader.required(table, row, "area", FrameworkCsvReader.MAX_TITLE);
            String title = FrameworkCsvReader.required(table, row, "competency", FrameworkCsvReader.MAX_TITLE);
            Optional<String> id = FrameworkCsvReader.optionalId(table, row);
            Integer first = rowsByTitle.putIfAbsent(CsvIds.key(title), row.number());
            if (first != null) {
                throw table.error(row.number(), I18n.t("csv.msg.competencyTwice", title, String.valueOf(first)));
            }
            Optional<String> specialization =
                    FrameworkCsvReader.optional(table, row, "specialization", FrameworkCsvReader.MAX_TITLE);
            List<String> expectations = new ArrayList<>();
            for (String level : levels) {
                String text = row.cell(columns.get(level.toLowerCase(Locale.ROOT)));
                if (text.isEmpty()) {
                    throw table.error(row.number(), I18n.t("csv.msg.levelEmpty", level));
                }
                expectations.add(FrameworkCsvReader.checkLength(
                        table, row, I18n.t("csv.what.levelColumn", level), text, FrameworkCsvReader.MAX_TEXT));
            }
            String description = FrameworkCsvReader.optional(table, row, "description", FrameworkCsvReader.MAX_TEXT)
                    .orElse("");
            rows.add(new Row(row.number(), area, title, id, specialization, expectations, description));
        }
        if (rows.isEmpty()) {
            throw new FrameworkFormatException(I18n.t("csv.msg.noRows", table.source()));
        }
        return rows;
    }
}
