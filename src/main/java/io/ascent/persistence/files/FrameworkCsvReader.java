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
import java.util.Map;
import java.util.Optional;

/**
 * Reads a framework from a competency matrix CSV (one row per competency: area, competency,
 * then one column per level with the expectation) and an optional milestones CSV (competency,
 * level, title, description). Ids are slugs of names in any script ({@link Slugs}), kept by name
 * from the stored framework of the same id ({@link CsvIds}); level ranks follow column order.
 * See docs/framework-format.md. Every message names the file, the row and the column.
 */
public final class FrameworkCsvReader {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_ID = 80;

    public Framework read(Path matrix, Optional<Path> milestones) {
        return read(matrix, milestones, StoredFrameworks.none());
    }

    /** Reads the files, keeping the ids that {@code stored}'s framework of the same id gave to the same names. */
    public Framework read(Path matrix, Optional<Path> milestones, StoredFrameworks stored) {
        return parse(
                FrameworkReader.readBytes(matrix),
                matrix.getFileName().toString(),
                milestones.map(FrameworkReader::readBytes),
                milestones.map(p -> p.getFileName().toString()).orElse(""),
                stored);
    }

    public Framework parse(
            byte[] matrixBytes, String matrixName, Optional<byte[]> milestoneBytes, String milestonesName) {
        return parse(matrixBytes, matrixName, milestoneBytes, milestonesName, StoredFrameworks.none());
    }

    public Framework parse(
            byte[] matrixBytes,
            String matrixName,
            Optional<byte[]> milestoneBytes,
            String milestonesName,
            StoredFrameworks stored) {
        CompetencyMatrix matrix = CompetencyMatrix.read(CsvTable.parse(matrixBytes, matrixName));
        String name = Slugs.nameOfFile(matrixName);
        String derivedId = Slugs.of(name);
        // A name in another script has an id by ICU4J's rules of the day; should they change,
        // the framework is still found by its name.
        Optional<Framework> previous = stored.withId(derivedId)
                .or(() -> Slugs.needsTransliteration(name) ? stored.named(name) : Optional.empty());
        CsvIds ids = CsvIds.keptFrom(previous);
        List<Level> levels = levels(matrix.levelTitles(), ids);
        Map<String, Specialization> specializations = specializations(matrix.rows(), ids);
        List<Competency> competencies = competencies(matrix, levels, specializations, ids);
        List<Milestone> milestones = milestoneBytes.isPresent()
                ? new MilestoneCsvReader(
                                CsvTable.parse(milestoneBytes.get(), milestonesName), levels, competencies, ids)
                        .read()
                : List.of();
        try {
            return new Framework(
                    previous.map(Framework::id).orElse(derivedId),
                    "1",
                    name,
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

    private static List<Level> levels(List<String> titles, CsvIds ids) {
        List<String> levelIds =
                ids.levels(titles.stream().map(CsvIds.Wanted::named).toList());
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            levels.add(new Level(levelIds.get(i), titles.get(i), i + 1, ""));
        }
        return levels;
    }

    /** One specialization per title whatever its case, named as first written, by {@link CsvIds#key}. */
    private static Map<String, Specialization> specializations(List<CompetencyMatrix.Row> rows, CsvIds ids) {
        Map<String, String> titles = new LinkedHashMap<>();
        rows.forEach(r -> r.specialization().ifPresent(t -> titles.putIfAbsent(CsvIds.key(t), t)));
        List<String> specializationIds = ids.specializations(
                titles.values().stream().map(CsvIds.Wanted::named).toList());
        Map<String, Specialization> result = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> title : titles.entrySet()) {
            result.put(title.getKey(), new Specialization(specializationIds.get(i++), title.getValue(), ""));
        }
        return result;
    }

    private static List<Competency> competencies(
            CompetencyMatrix matrix, List<Level> levels, Map<String, Specialization> specializations, CsvIds ids) {
        List<CompetencyMatrix.Row> rows = matrix.rows();
        List<String> competencyIds = ids.competencies(rows.stream()
                .map(r -> CsvIds.Wanted.named(r.title()).withExplicit(r.id()))
                .toList());
        List<Competency> competencies = new ArrayList<>();
        Map<String, Integer> rowsById = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CompetencyMatrix.Row row = rows.get(i);
            Integer first = rowsById.putIfAbsent(competencyIds.get(i), row.number());
            if (first != null) {
                throw matrix.table()
                        .error(row.number(), I18n.t("csv.msg.competencyTwice", row.title(), String.valueOf(first)));
            }
            Map<String, String> expectations = new LinkedHashMap<>();
            for (int l = 0; l < levels.size(); l++) {
                expectations.put(levels.get(l).id(), row.expectations().get(l));
            }
            Optional<String> specialization = row.specialization()
                    .map(t -> specializations.get(CsvIds.key(t)).id());
            competencies.add(new Competency(
                    competencyIds.get(i), row.area(), row.title(), row.description(), specialization, expectations));
        }
        return competencies;
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

    static String checkLength(CsvTable table, CsvTable.Row row, String what, String text, int max) {
        if (text.length() > max) {
            throw table.error(
                    row.number(), I18n.t("csv.msg.tooLong", what, String.valueOf(text.length()), String.valueOf(max)));
        }
        return text;
    }
}
