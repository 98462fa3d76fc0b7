package io.ascent.domain.review;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Win;
import io.ascent.domain.WinWords;
import io.ascent.domain.Wins;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the review request for a plan as it stands: every competency of the plan with its
 * expectations from the current level to the target, the self-ratings unless blind, and the
 * milestones the person chose to show with their evidence and links. Private notes never go in.
 */
public final class RequestContents {

    private RequestContents() {}

    /** What the person chose when asking for a review. */
    public record Choices(Optional<String> requester, boolean blind, EvidenceChoice evidence) {}

    public static ReviewRequest of(
            PlanSnapshot view,
            Map<String, Rating> ratings,
            UUID planUuid,
            Choices choices,
            UUID requestId,
            Instant now) {
        return of(view, ratings, planUuid, choices, requestId, now, List.of());
    }

    /** The same with the plan's wins: shareable ones join the evidence (kind {@value EvidenceItem#WIN}). */
    public static ReviewRequest of(
            PlanSnapshot view,
            Map<String, Rating> ratings,
            UUID planUuid,
            Choices choices,
            UUID requestId,
            Instant now,
            List<Win> wins) {
        Framework framework = view.framework();
        var plan = view.plan();
        List<Level> levels =
                RequestScale.levels(framework, plan.targetLevelId(), choices.blind() ? List.of() : ratings.values());
        int from = framework.level(plan.currentLevelId()).map(Level::rank).orElse(0);
        int to = framework.level(plan.targetLevelId()).map(Level::rank).orElse(0);
        List<Level> spanned =
                levels.stream().filter(l -> l.rank() >= from && l.rank() <= to).toList();
        List<RequestedCompetency> competencies = new ArrayList<>();
        for (Competency c : framework.competenciesFor(plan.specializationId())) {
            Map<String, String> expectations = new LinkedHashMap<>();
            spanned.forEach(l -> expectations.put(l.id(), c.expectationAt(l.id())));
            Optional<Rating> self = choices.blind()
                    ? Optional.empty()
                    : Optional.ofNullable(ratings.get(c.id())).flatMap(r -> RequestScale.onScale(framework, levels, r));
            // A rating above the target comes with what the ladder expects at its level.
            self.ifPresent(r -> expectations.putIfAbsent(r.levelId(), c.expectationAt(r.levelId())));
            competencies.add(new RequestedCompetency(c.id(), c.area(), c.title(), expectations, self));
        }
        RequestedPlan requested = new RequestedPlan(
                planUuid,
                plan.name(),
                choices.requester(),
                framework.id(),
                framework.name(),
                plan.currentLevelId(),
                plan.targetLevelId(),
                plan.specializationId(),
                framework
                        .specialization(plan.specializationId())
                        .map(s -> s.title())
                        .orElse(""));
        // The plan's track is the scale: a reviewer never rates on the other track's rungs.
        List<Level> scale = levels.stream()
                .map(l -> new Level(l.id(), l.title(), l.rank(), ""))
                .toList();
        return new ReviewRequest(
                requestId,
                now,
                choices.blind(),
                requested,
                scale,
                competencies,
                evidence(view, choices.evidence(), wins));
    }

    private static List<EvidenceItem> evidence(PlanSnapshot view, EvidenceChoice choice, List<Win> wins) {
        if (choice == EvidenceChoice.NONE) {
            return List.of();
        }
        List<String> competencyIds = view
                .framework()
                .competenciesFor(view.plan().specializationId())
                .stream()
                .map(Competency::id)
                .toList();
        List<EvidenceItem> items = new ArrayList<>();
        for (Milestone m : view.framework().milestones()) {
            MilestoneProgress p = view.progressOf(m.id());
            boolean shown = p.isDone() || choice == EvidenceChoice.ALL && p.status() == MilestoneStatus.IN_PROGRESS;
            if (shown && competencyIds.contains(m.competencyId())) {
                items.add(new EvidenceItem(
                        EvidenceItem.MILESTONE,
                        m.id(),
                        m.competencyId(),
                        Optional.of(m.levelId()),
                        m.title(),
                        Optional.of(p.isDone() ? EvidenceItem.DONE : EvidenceItem.IN_PROGRESS),
                        p.doneDate(),
                        p.evidence(),
                        p.links()));
            }
        }
        // A win is shown under the first of its competencies that the plan has; private ones never.
        Map<Long, String> ids = Wins.evidenceIds(wins);
        for (Win w : Wins.shareable(wins)) {
            w.competencyIds().stream()
                    .filter(competencyIds::contains)
                    .findFirst()
                    .ifPresent(c -> items.add(new EvidenceItem(
                            EvidenceItem.WIN,
                            ids.get(w.id()),
                            c,
                            Optional.empty(),
                            w.title(),
                            Optional.of(EvidenceItem.DONE),
                            Optional.of(w.date()),
                            WinWords.story(w),
                            w.links())));
        }
        return items;
    }
}
