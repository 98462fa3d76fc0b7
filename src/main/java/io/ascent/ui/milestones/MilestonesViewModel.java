package io.ascent.ui.milestones;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneStatus;
import io.ascent.service.PlanView;
import io.ascent.ui.session.PlanSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;

/**
 * The checklist of the current plan, grouped by competency. Rebuilds the tree when another plan
 * opens and only updates the changed rows when progress changes, so ticking stays cheap.
 */
public class MilestonesViewModel {

    private final PlanSession session;
    private final TreeItem<MilestoneRow> root = new TreeItem<>();
    private final Map<String, TreeItem<MilestoneRow>> itemsByMilestone = new HashMap<>();
    private final Map<String, TreeItem<MilestoneRow>> headersByCompetency = new HashMap<>();
    private long shownPlanId = -1;

    public MilestonesViewModel(PlanSession session) {
        this.session = session;
        session.currentProperty().addListener((obs, old, view) -> refresh(view));
        refresh(session.currentProperty().get());
    }

    public TreeItem<MilestoneRow> root() {
        return root;
    }

    // Commands

    /** Ticks an open milestone or unticks a done one. */
    public void toggle(String milestoneId) {
        session.current().ifPresent(view -> {
            boolean done = view.progressOf(milestoneId).isDone();
            session.setStatus(milestoneId, done ? MilestoneStatus.TODO : MilestoneStatus.DONE);
        });
    }

    private void refresh(PlanView view) {
        if (view == null) {
            root.getChildren().clear();
            itemsByMilestone.clear();
            headersByCompetency.clear();
            shownPlanId = -1;
        } else if (view.plan().id() != shownPlanId || !sameMilestones(view)) {
            rebuild(view);
        } else {
            update(view);
        }
    }

    private boolean sameMilestones(PlanView view) {
        return itemsByMilestone.size() == view.requiredMilestones().size();
    }

    private void rebuild(PlanView view) {
        shownPlanId = view.plan().id();
        itemsByMilestone.clear();
        headersByCompetency.clear();
        Framework framework = view.framework();
        Map<String, Level> levels = new HashMap<>();
        framework.levels().forEach(l -> levels.put(l.id(), l));
        Map<String, List<Milestone>> byCompetency = new LinkedHashMap<>();
        for (Competency c : framework.competenciesFor(view.plan().specializationId())) {
            byCompetency.put(c.id(), new ArrayList<>());
        }
        for (Milestone m : view.requiredMilestones()) {
            byCompetency.computeIfAbsent(m.competencyId(), k -> new ArrayList<>()).add(m);
        }
        List<TreeItem<MilestoneRow>> headers = new ArrayList<>();
        for (Competency c : framework.competenciesFor(view.plan().specializationId())) {
            List<Milestone> milestones = byCompetency.get(c.id());
            if (milestones.isEmpty()) {
                continue;
            }
            TreeItem<MilestoneRow> header = new TreeItem<>(header(c, milestones, view));
            header.setExpanded(true);
            List<TreeItem<MilestoneRow>> children = new ArrayList<>();
            for (Milestone m : milestones) {
                TreeItem<MilestoneRow> item = new TreeItem<>(
                        new MilestoneRow.ItemRow(m, levels.get(m.levelId()), view.progressOf(m.id())));
                itemsByMilestone.put(m.id(), item);
                children.add(item);
            }
            header.getChildren().setAll(children);
            headersByCompetency.put(c.id(), header);
            headers.add(header);
        }
        root.getChildren().setAll(headers);
    }

    private void update(PlanView view) {
        for (Map.Entry<String, TreeItem<MilestoneRow>> e : itemsByMilestone.entrySet()) {
            MilestoneRow.ItemRow row = (MilestoneRow.ItemRow) e.getValue().getValue();
            var progress = view.progressOf(e.getKey());
            if (!row.progress().equals(progress)) {
                e.getValue().setValue(new MilestoneRow.ItemRow(row.milestone(), row.level(), progress));
                TreeItem<MilestoneRow> header = headersByCompetency.get(row.milestone().competencyId());
                MilestoneRow.CompetencyRow old = (MilestoneRow.CompetencyRow) header.getValue();
                int done = (int) header.getChildren().stream()
                        .filter(i -> ((MilestoneRow.ItemRow) i.getValue()).progress().isDone()).count();
                header.setValue(new MilestoneRow.CompetencyRow(old.competency(), done, old.total()));
            }
        }
    }

    private static MilestoneRow.CompetencyRow header(Competency c, List<Milestone> milestones, PlanView view) {
        int done = (int) milestones.stream().filter(m -> view.progressOf(m.id()).isDone()).count();
        return new MilestoneRow.CompetencyRow(c, done, milestones.size());
    }
}
