package io.ascent.domain.review;

import io.ascent.domain.InputRules;
import io.ascent.domain.Level;
import io.ascent.text.I18n;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a person sends their reviewer (docs/review-format.md): the plan, the ladder's levels (the
 * scale the reviewer rates on), the competencies with their expectations and, unless the request
 * is blind, the person's own ratings, and the evidence they chose to show. Never private notes.
 * The constructor checks that everything refers to what the request itself holds; levels are
 * kept lowest first.
 */
public record ReviewRequest(
        UUID id,
        Instant createdAt,
        boolean blind,
        RequestedPlan plan,
        List<Level> levels,
        List<RequestedCompetency> competencies,
        List<EvidenceItem> evidence) {

    public ReviewRequest {
        ReviewTexts.present(id, "review.field.requestId");
        InputRules.requireInstantInRange(
                ReviewTexts.present(createdAt, "review.field.createdAt"), "review.field.createdAt");
        ReviewTexts.present(plan, "review.field.plan");
        levels = levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
        competencies = List.copyOf(competencies);
        evidence = List.copyOf(evidence);
        Set<String> levelIds = unique(levels.stream().map(Level::id).toList(), "domain.kind.level");
        if (levels.size() < 2) {
            throw new IllegalArgumentException(I18n.t("review.error.twoLevels", levels.size()));
        }
        unique(levels.stream().map(l -> String.valueOf(l.rank())).toList(), "review.field.rank");
        for (String level : List.of(plan.currentLevelId(), plan.targetLevelId())) {
            known(levelIds, level, "review.error.unknownLevel");
        }
        Set<String> competencyIds =
                unique(competencies.stream().map(RequestedCompetency::id).toList(), "domain.kind.competency");
        for (RequestedCompetency c : competencies) {
            c.expectations().keySet().forEach(level -> known(levelIds, level, "review.error.unknownLevel"));
            c.selfRating().ifPresent(r -> known(levelIds, r.levelId(), "review.error.unknownLevel"));
            if (blind && c.selfRating().isPresent()) {
                throw new IllegalArgumentException(I18n.t("review.error.blindWithRating", c.id()));
            }
        }
        unique(evidence.stream().map(EvidenceItem::key).toList(), "review.field.evidence");
        for (EvidenceItem item : evidence) {
            known(competencyIds, item.competencyId(), "review.error.unknownCompetency");
            item.levelId().ifPresent(level -> known(levelIds, level, "review.error.unknownLevel"));
        }
    }

    public Optional<RequestedCompetency> competency(String competencyId) {
        return competencies.stream().filter(c -> c.id().equals(competencyId)).findFirst();
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    public Optional<EvidenceItem> evidenceItem(String key) {
        return evidence.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** Position of a level on the request's scale (0 = lowest), or -1. */
    public int position(String levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> unique(List<String> ids, String whatKey) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(I18n.t("domain.framework.duplicate", I18n.t(whatKey), id));
            }
        }
        return seen;
    }

    private static void known(Set<String> ids, String id, String messageKey) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException(I18n.t(messageKey, id));
        }
    }
}
