package io.ascent.service.report;

import io.ascent.domain.Cell;
import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Gap;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Requirements;
import io.ascent.domain.Resource;
import io.ascent.domain.Specializations;
import io.ascent.domain.Win;
import io.ascent.domain.WinWords;
import io.ascent.domain.Wins;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.service.report.PlanReport.ChecklistItem;
import io.ascent.service.report.PlanReport.CompetencySection;
import io.ascent.service.report.PlanReport.Cover;
import io.ascent.service.report.PlanReport.EvidenceEntry;
import io.ascent.service.report.PlanReport.GapRow;
import io.ascent.service.report.PlanReport.NoteEntry;
import io.ascent.service.report.PlanReport.ResourceEntry;
import io.ascent.service.report.PlanReport.WinEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a plan and the dashboard's insights into the content of its printed development plan. */
public final class PlanReportBuilder {

    private PlanReportBuilder() {}

    public static PlanReport build(PlanInsights insights, LocalDate printedOn, boolean includeNotes) {
        return build(insights, printedOn, includeNotes, Optional.empty(), ZoneId.systemDefault());
    }

    /** The same with the plan's current manager review, dated in {@code zone}. */
    public static PlanReport build(
            PlanInsights insights,
            LocalDate printedOn,
            boolean includeNotes,
            Optional<ReceivedReview> review,
            ZoneId zone) {
        return build(insights, printedOn, includeNotes, review, zone, List.of());
    }

    /** The same with the plan's wins; only shareable ones are printed, under the milestones they count for too. */
    public static PlanReport build(
            PlanInsights insights,
            LocalDate printedOn,
            boolean includeNotes,
            Optional<ReceivedReview> review,
            ZoneId zone,
            List<Win> allWins) {
        List<Win> wins =
                Wins.shareable(allWins).stream().sorted(Win.NEWEST_FIRST).toList();
        PlanSnapshot view = insights.view();
        Framework f = view.framework();
        var plan = view.plan();
        Cover cover = new Cover(
                plan.name(),
                f.name(),
                title(f, plan.currentLevelId()),
                title(f, plan.targetLevelId()),
                Specializations.shown(f, plan.specializationId()).title(),
                plan.targetDate(),
                printedOn,
                plan.reachedOn());

        Requirements requirements = view.requirements();
        List<CompetencySection> sections = new ArrayList<>();
        List<EvidenceEntry> evidence = new ArrayList<>();
        List<NoteEntry> notes = new ArrayList<>();
        for (Competency c : f.competenciesFor(plan.specializationId())) {
            List<Cell> cells = requirements.cellsOf(c.id());
            if (cells.isEmpty()) {
                continue;
            }
            List<ChecklistItem> items = new ArrayList<>();
            for (Cell cell : cells) {
                for (Milestone m : cell.items()) {
                    MilestoneProgress p = view.progressOf(m.id());
                    items.add(new ChecklistItem(
                            m.id(), m.title(), cell.level().title(), p.status(), p.doneDate(), p.dueDate(), m.kind()));
                    if (p.isDone()) {
                        evidence.add(new EvidenceEntry(
                                m.title(),
                                c.title(),
                                p.doneDate(),
                                p.evidence().strip(),
                                p.links(),
                                Wins.evidenceFor(wins, m.id()).stream()
                                        .map(w -> winEntry(f, w).line())
                                        .toList()));
                    }
                    if (!p.notes().isBlank()) {
                        notes.add(new NoteEntry(m.title(), c.title(), p.notes().strip()));
                    }
                }
            }
            sections.add(new CompetencySection(
                    c.id(), c.area(), c.title(), requirements.readinessOf(c.id(), view.progress()), items));
        }
        List<GapRow> gaps = insights.gaps().stream()
                .map(g -> new GapRow(
                        g.competency().title(),
                        g.level().title(),
                        g.rated(),
                        g.target().title(),
                        g.ranks(),
                        g.readiness(),
                        insights.assessment()
                                .rating(g.competency().id())
                                .map(r -> r.justification())
                                .orElse("")))
                .toList();
        return new PlanReport(
                cover,
                view.readiness(),
                ReportSummary.of(insights, resourcesForGaps(insights)),
                gaps,
                NextDays.of(insights, printedOn),
                sections,
                evidence,
                includeNotes,
                notes,
                resources(insights),
                ReportReview.of(insights.assessment(), review, zone),
                wins.stream().map(w -> winEntry(f, w)).toList());
    }

    /** A shareable win in the report's words. */
    static WinEntry winEntry(Framework f, Win w) {
        return new WinEntry(
                w.date(),
                w.title(),
                w.story(),
                WinWords.impact(w.impact()),
                w.competencyIds().stream()
                        .map(id -> f.competency(id).map(Competency::title).orElse(id))
                        .toList());
    }

    private static boolean resourcesForGaps(PlanInsights insights) {
        return insights.gaps().stream().anyMatch(g -> g.ranks() > 0);
    }

    /**
     * Resources for the biggest gaps first: each resource ranks by the largest gap among the
     * competencies it builds. With no gap left, the resources for all of the plan's competencies.
     */
    static List<ResourceEntry> resources(PlanInsights insights) {
        Framework f = insights.view().framework();
        boolean forGaps = resourcesForGaps(insights);
        Map<String, Gap> gapByCompetency = new LinkedHashMap<>();
        for (Gap g : insights.gaps()) {
            if (!forGaps || g.ranks() > 0) {
                gapByCompetency.put(g.competency().id(), g);
            }
        }
        List<Resource> matching = new ArrayList<>();
        for (Resource r : f.resources()) {
            if (r.competencyIds().stream().anyMatch(gapByCompetency::containsKey)) {
                matching.add(r);
            }
        }
        matching.sort(Comparator.comparingInt((Resource r) -> -r.competencyIds().stream()
                .filter(gapByCompetency::containsKey)
                .mapToInt(id -> gapByCompetency.get(id).ranks())
                .max()
                .orElse(0)));
        List<ResourceEntry> entries = new ArrayList<>();
        for (Resource r : matching) {
            List<String> builds = gapByCompetency.keySet().stream()
                    .filter(r.competencyIds()::contains)
                    .map(id -> f.competency(id).map(Competency::title).orElse(id))
                    .toList();
            entries.add(new ResourceEntry(r.title(), r.author(), r.kind(), r.url(), builds));
        }
        return entries;
    }

    private static String title(Framework f, String levelId) {
        return f.level(levelId).map(Level::title).orElse(levelId);
    }
}
