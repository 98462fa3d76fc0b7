package io.ascent.service.report;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.Readiness;
import io.ascent.domain.Resource;
import io.ascent.service.PlanView;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import io.ascent.service.report.PlanReport.Cover;
import io.ascent.service.report.PlanReport.EvidenceEntry;
import io.ascent.service.report.PlanReport.NoteEntry;
import io.ascent.service.report.PlanReport.ResourceEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns an opened plan into the content of its printed development plan. */
public final class PlanReportBuilder {

    private PlanReportBuilder() {
    }

    public static PlanReport build(PlanView view, LocalDate printedOn, boolean includeNotes) {
        Framework f = view.framework();
        var plan = view.plan();
        Cover cover = new Cover(plan.name(), f.name(), title(f, plan.currentLevelId()), title(f, plan.targetLevelId()),
                f.specialization(plan.specializationId()).map(s -> s.title()).orElse(plan.specializationId()),
                plan.targetDate(), printedOn);

        Map<String, List<Milestone>> byCompetency = new LinkedHashMap<>();
        for (Competency c : f.competenciesFor(plan.specializationId())) {
            byCompetency.put(c.id(), new ArrayList<>());
        }
        for (Milestone m : view.requiredMilestones()) {
            byCompetency.computeIfAbsent(m.competencyId(), id -> new ArrayList<>()).add(m);
        }
        List<CompetencySection> sections = new ArrayList<>();
        List<EvidenceEntry> evidence = new ArrayList<>();
        List<NoteEntry> notes = new ArrayList<>();
        for (var entry : byCompetency.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            Competency c = f.competency(entry.getKey()).orElseThrow();
            List<ChecklistItem> items = new ArrayList<>();
            for (Milestone m : entry.getValue()) {
                MilestoneProgress p = view.progressOf(m.id());
                items.add(new ChecklistItem(m.id(), m.title(), title(f, m.levelId()), p.status(), p.doneDate(),
                        p.dueDate()));
                if (p.isDone()) {
                    evidence.add(new EvidenceEntry(m.title(), c.title(), p.doneDate(), p.evidence().strip()));
                }
                if (!p.notes().isBlank()) {
                    notes.add(new NoteEntry(m.title(), c.title(), p.notes().strip()));
                }
            }
            sections.add(new CompetencySection(c.id(), c.area(), c.title(),
                    Readiness.of(entry.getValue(), view.progress()), items));
        }
        Set<String> competencyIds = sections.stream().map(CompetencySection::id).collect(Collectors.toSet());
        List<ResourceEntry> resources = new ArrayList<>();
        for (Resource r : f.resources()) {
            List<String> builds = r.competencyIds().stream().filter(competencyIds::contains)
                    .map(id -> f.competency(id).map(Competency::title).orElse(id)).toList();
            if (!builds.isEmpty()) {
                resources.add(new ResourceEntry(r.title(), r.author(), r.kind(), r.url(), builds));
            }
        }
        return new PlanReport(cover, view.readiness(), sections, evidence, includeNotes, notes, resources);
    }

    private static String title(Framework f, String levelId) {
        return f.level(levelId).map(Level::title).orElse(levelId);
    }
}
