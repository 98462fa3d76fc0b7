package io.ascent.persistence.files;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.InputRules;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.Specialization;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a framework from a competency matrix CSV (one row per competency: area, competency,
 * then one column per level with the expectation) and an optional milestones CSV (competency,
 * level, title, description). Ids are slugs of titles, level ranks follow column order; see
 * docs/framework-format.md. Every message names the file, the row and the column.
 */
public final class FrameworkCsvReader {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_ID = 80;
    private static final Set<String> MATRIX_COLUMNS =
            Set.of("area", "competency", "id", "description", "specialization");

    public Framework read(Path matrix, Optional<Path> milestones) {
        return parse(
                FrameworkReader.readBytes(matrix),
                matrix.getFileName().toString(),
                milestones.map(FrameworkReader::readBytes),
                milestones.map(p -> p.getFileName().toString()).orElse(""));
    }

    public Framework parse(
            byte[] matrixBytes, String matrixName, Optional<byte[]> milestoneBytes, String milestonesName) {
        CsvTable matrix = CsvTable.parse(matrixBytes, matrixName);
        Map<String, Integer> columns = matrix.columns();
        if (!columns.containsKey("area") || !columns.containsKey("competency")) {
            throw matrix.error(1, I18n.t("csv.msg.matrixHeader", String.join(", ", matrix.header())));
        }
        List<Level> levels = levels(matrix);
        Map<String, Specialization> specializations = new LinkedHashMap<>();
        List<Competency> competencies = new ArrayList<>();
        Map<String, Integer> competencyRows = new HashMap<>();
        for (CsvTable.Row row : matrix.rows()) {
            String area = required(matrix, row, "area", MAX_TITLE);
            String title = required(matrix, row, "competency", MAX_TITLE);
            String id = optionalId(matrix, row).orElse(Slugs.of(title));
            if (id.isEmpty()) {
                throw matrix.error(row.number(), I18n.t("csv.msg.competencyId"));
            }
            Integer first = competencyRows.putIfAbsent(id, row.number());
            if (first != null) {
                throw matrix.error(row.number(), I18n.t("csv.msg.competencyTwice", title, String.valueOf(first)));
            }
            Optional<String> specialization = optional(matrix, row, "specialization", MAX_TITLE)
                    .map(s -> {
                        Specialization spec = new Specialization(Slugs.of(s), s, "");
                        return specializations
                                .computeIfAbsent(spec.id(), k -> spec)
                                .id();
                    });
            Map<String, String> expectations = new LinkedHashMap<>();
            for (Level level : levels) {
                String text = row.cell(columns.get(level.title().toLowerCase(Locale.ROOT)));
                if (text.isEmpty()) {
                    throw matrix.error(row.number(), I18n.t("csv.msg.levelEmpty", level.title()));
                }
                expectations.put(
                        level.id(),
                        checkLength(matrix, row, I18n.t("csv.what.levelColumn", level.title()), text, MAX_TEXT));
            }
            String description = optional(matrix, row, "description", MAX_TEXT).orElse("");
            competencies.add(new Competency(id, area, title, description, specialization, expectations));
        }
        if (competencies.isEmpty()) {
            throw new FrameworkFormatException(I18n.t("csv.msg.noRows", matrixName));
        }
        List<Milestone> milestones = milestoneBytes.isPresent()
                ? new MilestoneCsvReader(CsvTable.parse(milestoneBytes.get(), milestonesName), levels, competencies)
                        .read()
                : List.of();
        try {
            return new Framework(
                    Slugs.of(Slugs.nameOfFile(matrixName)),
                    "1",
                    Slugs.nameOfFile(matrixName),
                    "",
                    levels,
                    List.copyOf(specializations.values()),
                    competencies,
                    milestones,
                    List.of());
        } catch (IllegalArgumentException e) {
            throw new FrameworkFormatException(matrixName + ": " + e.getMessage(), e);
        }
    }

    private static List<Level> levels(CsvTable matrix) {
        List<Level> levels = new ArrayList<>();
        Map<String, String> titlesById = new HashMap<>();
        for (String name : matrix.header()) {
            if (MATRIX_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String id = Slugs.of(name);
            if (id.isEmpty()) {
                throw matrix.error(1, I18n.t("csv.msg.levelId", name));
            }
            if (name.length() > MAX_TITLE) {
                throw matrix.error(1, I18n.t("csv.msg.levelName", name.substring(0, 40)));
            }
            String other = titlesById.put(id, name);
            if (other != null) {
                throw matrix.error(1, I18n.t("csv.msg.sameId", other, name, id));
            }
            levels.add(new Level(id, name, levels.size() + 1, ""));
        }
        if (levels.size() < 2) {
            throw matrix.error(
                    1,
                    I18n.t(
                            levels.size() == 1 ? "csv.msg.oneLevel" : "csv.msg.fewLevels",
                            String.valueOf(levels.size())));
        }
        return levels;
    }

    static String required(CsvTable table, CsvTable.Row row, String column, int max) {
        String text = row.cell(table.columns().get(column));
        if (text.isEmpty()) {
            throw table.error(row.number(), I18n.t("csv.msg.columnEmpty", column));
        }
        return checkLength(table, row, I18n.t("csv.what.column", column), text, max);
    }

    static Optional<String> optional(CsvTable table, CsvTable.Row row, String column, int max) {
        return table.column(column)
                .map(row::cell)
                .filter(s -> !s.isEmpty())
                .map(text -> checkLength(table, row, I18n.t("csv.what.column", column), text, max));
    }

    /** The id column, when given, must already be a slug: it is stored and compared as it is. */
    static Optional<String> optionalId(CsvTable table, CsvTable.Row row) {
        Optional<String> id = optional(table, row, "id", MAX_ID);
        id.filter(text -> !InputRules.isId(text)).ifPresent(text -> {
            throw table.error(row.number(), I18n.t("input.csv.badId", JsonTreeCheck.shorten(text)));
        });
        return id;
    }

    private static String checkLength(CsvTable table, CsvTable.Row row, String what, String text, int max) {
        if (text.length() > max) {
            throw table.error(
                    row.number(), I18n.t("csv.msg.tooLong", what, String.valueOf(text.length()), String.valueOf(max)));
        }
        return text;
    }
}
