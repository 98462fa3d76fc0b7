package io.ascent.persistence.files;

import io.ascent.domain.Competency;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.text.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The optional second CSV of an import: one row per milestone, naming its competency and level
 * by title or id as the matrix has them. Ids come from the id column or from the title, so they
 * survive reordered rows.
 */
final class MilestoneCsvReader {

    /** One milestone row as written, before it has an id. */
    private record Row(
            int number, Competency competency, Level level, String title, String description, Optional<String> id) {}

    private static final List<String> COLUMNS = List.of("competency", "level", "title", "description", "id");

    private final CsvTable table;
    private final List<Level> levels;
    private final List<Competency> competencies;
    private final CsvIds ids;

    MilestoneCsvReader(CsvTable table, List<Level> levels, List<Competency> competencies, CsvIds ids) {
        this.table = table;
        this.levels = levels;
        this.competencies = competencies;
        this.ids = ids;
    }

    List<Milestone> read() {
        Map<String, Integer> columns = table.columns();
        for (String name : table.header()) {
            if (!COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                throw table.error(1, I18n.t("csv.msg.unknownColumn", name));
            }
        }
        for (String needed : List.of("competency", "level", "title")) {
            if (!columns.containsKey(needed)) {
                throw table.error(1, I18n.t("csv.msg.missingColumn", needed));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Competency competency = competency(
                    row, FrameworkCsvReader.required(table, row, "competency", FrameworkCsvReader.MAX_TITLE));
            Level level = level(row, FrameworkCsvReader.required(table, row, "level", FrameworkCsvReader.MAX_TITLE));
            String title = FrameworkCsvReader.required(table, row, "title", FrameworkCsvReader.MAX_TITLE);
            String description = FrameworkCsvReader.optional(table, row, "description", FrameworkCsvReader.MAX_TEXT)
                    .orElse("");
            rows.add(new Row(
                    row.number(), competency, level, title, description, FrameworkCsvReader.optionalId(table, row)));
        }
        // Milestones with the same title for one competency and level are told apart by number.
        List<String> milestoneIds = ids.milestones(rows.stream()
                .map(r -> new CsvIds.Wanted(
                        CsvIds.milestoneKey(r.competency().id(), r.level().id(), r.title()),
                        r.id(),
                        derivedId(r.competency(), r.level(), r.title())))
                .toList());
        List<Milestone> result = new ArrayList<>();
        Map<String, Integer> rowsById = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String id = milestoneIds.get(i);
            Integer first = rowsById.putIfAbsent(id, row.number());
            if (first != null) {
                throw table.error(row.number(), I18n.t("csv.msg.milestoneTwice", id, String.valueOf(first)));
            }
            result.add(new Milestone(id, row.competency().id(), row.level().id(), row.title(), row.description()));
        }
        return result;
    }

    /** competency.level.title-slug, cut so that a "-NN" suffix still fits the 80-character id limit. */
    private static String derivedId(Competency competency, Level level, String title) {
        String prefix = competency.id() + "." + level.id() + ".";
        String slug = Slugs.of(title);
        int room = Math.max(1, FrameworkCsvReader.MAX_ID - 3 - prefix.length());
        slug = slug.length() > room ? slug.substring(0, room).replaceAll("-+$", "") : slug;
        return prefix + (slug.isEmpty() ? "m" : slug);
    }

    private Competency competency(CsvTable.Row row, String name) {
        return competencies.stream()
                .filter(c -> c.id().equalsIgnoreCase(name) || c.title().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> table.error(row.number(), I18n.t("csv.msg.notCompetency", name)));
    }

    private Level level(CsvTable.Row row, String name) {
        return levels.stream()
                .filter(l -> l.id().equalsIgnoreCase(name) || l.title().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> table.error(
                        row.number(),
                        I18n.t(
                                "csv.msg.notLevel",
                                name,
                                String.join(
                                        ", ", levels.stream().map(Level::title).toList()))));
    }
}
