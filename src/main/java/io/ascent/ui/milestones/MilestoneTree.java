package io.ascent.ui.milestones;

import io.ascent.domain.Competency;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Readiness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.TreeItem;

/**
 * The tree items of the checklist: area headings, competency headings, milestones. Rebuilt
 * when the filter or the plan changes; on a tick only the rows whose progress changed are
 * replaced, found by comparing the two progress maps rather than walking every row.
 */
final class MilestoneTree {

    private final TreeItem<MilestoneRow> root = new TreeItem<>();
    private final Map<String, TreeItem<MilestoneRow>> items = new HashMap<>();
    private final Map<String, TreeItem<MilestoneRow>> competencyHeaders = new HashMap<>();
    private final Map<String, TreeItem<MilestoneRow>> areaHeaders = new HashMap<>();

    TreeItem<MilestoneRow> root() {
        return root;
    }

    Optional<TreeItem<MilestoneRow>> item(String milestoneId) {
        return Optional.ofNullable(items.get(milestoneId));
    }

    void clear() {
        items.clear();
        competencyHeaders.clear();
        areaHeaders.clear();
        root.getChildren().clear();
    }

    void rebuild(MilestoneCatalog catalog, List<MilestoneCatalog.Entry> shown, PlanSnapshot view) {
        items.clear();
        competencyHeaders.clear();
        areaHeaders.clear();
        List<TreeItem<MilestoneRow>> areas = new ArrayList<>();
        TreeItem<MilestoneRow> area = null;
        TreeItem<MilestoneRow> competency = null;
        List<TreeItem<MilestoneRow>> children = new ArrayList<>();
        for (MilestoneCatalog.Entry e : shown) {
            String areaName = e.competency().area();
            if (area == null || !areaHeaders.containsKey(areaName)) {
                area = expanded(areaRow(catalog, areaName, view));
                areaHeaders.put(areaName, area);
                areas.add(area);
            }
            if (competency == null
                    || !competencyHeaders.containsKey(e.competency().id())) {
                flush(competency, children);
                competency = expanded(competencyRow(catalog, e, view));
                competencyHeaders.put(e.competency().id(), competency);
                area.getChildren().add(competency);
            }
            TreeItem<MilestoneRow> item = new TreeItem<>(new MilestoneRow.ItemRow(
                    e.milestone(), e.level(), view.progressOf(e.milestone().id())));
            items.put(e.milestone().id(), item);
            children.add(item);
        }
        flush(competency, children);
        root.getChildren().setAll(areas);
    }

    /** Brings the rows up to date with {@code view}'s progress; {@code previous} is what they show. */
    void update(MilestoneCatalog catalog, PlanSnapshot previous, PlanSnapshot view) {
        Set<String> changed = new HashSet<>();
        for (String id : previous.progress().keySet()) {
            if (!previous.progressOf(id).equals(view.progressOf(id))) {
                changed.add(id);
            }
        }
        for (String id : view.progress().keySet()) {
            if (!previous.progressOf(id).equals(view.progressOf(id))) {
                changed.add(id);
            }
        }
        Set<String> competencies = new HashSet<>();
        for (String id : changed) {
            TreeItem<MilestoneRow> item = items.get(id);
            MilestoneProgress progress = view.progressOf(id);
            if (item != null && item.getValue() instanceof MilestoneRow.ItemRow row) {
                item.setValue(new MilestoneRow.ItemRow(row.milestone(), row.level(), progress));
            }
            view.item(id).ifPresent(m -> competencies.add(m.competencyId()));
        }
        for (String competencyId : competencies) {
            List<MilestoneCatalog.Entry> entries = catalog.ofCompetency(competencyId);
            TreeItem<MilestoneRow> header = competencyHeaders.get(competencyId);
            if (header != null) {
                header.setValue(competencyRow(catalog, entries.get(0), view));
            }
            if (!entries.isEmpty()) {
                String area = entries.get(0).competency().area();
                TreeItem<MilestoneRow> areaHeader = areaHeaders.get(area);
                if (areaHeader != null) {
                    areaHeader.setValue(areaRow(catalog, area, view));
                }
            }
        }
    }

    private static void flush(TreeItem<MilestoneRow> competency, List<TreeItem<MilestoneRow>> children) {
        if (competency != null) {
            competency.getChildren().setAll(children);
            children.clear();
        }
    }

    private static TreeItem<MilestoneRow> expanded(MilestoneRow row) {
        TreeItem<MilestoneRow> item = new TreeItem<>(row);
        item.setExpanded(true);
        return item;
    }

    private static MilestoneRow.AreaRow areaRow(MilestoneCatalog catalog, String area, PlanSnapshot view) {
        int done = 0;
        int required = 0;
        for (Competency c : catalog.competenciesOf(area)) {
            Readiness r = view.requirements().readinessOf(c.id(), view.progress());
            done += r.done();
            required += r.required();
        }
        return new MilestoneRow.AreaRow(
                area, new Readiness(done, required), catalog.ofArea(area).size());
    }

    private static MilestoneRow.CompetencyRow competencyRow(
            MilestoneCatalog catalog, MilestoneCatalog.Entry e, PlanSnapshot view) {
        String id = e.competency().id();
        return new MilestoneRow.CompetencyRow(
                e.competency(),
                view.requirements().readinessOf(id, view.progress()),
                catalog.ofCompetency(id).size());
    }
}
