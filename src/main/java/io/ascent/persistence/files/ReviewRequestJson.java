package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.ascent.domain.Level;
import io.ascent.domain.Rating;
import io.ascent.domain.review.EvidenceItem;
import io.ascent.domain.review.RequestedCompetency;
import io.ascent.domain.review.RequestedPlan;
import io.ascent.domain.review.ReviewRequest;
import io.ascent.text.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review request format (docs/review-format.md) as Jackson reads and writes it, kept apart
 * from the domain so the file can stay stable while the records change. A blind request has no
 * {@code selfRating} anywhere: absent, not hidden.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "formatVersion",
    "kind",
    "requestId",
    "createdAt",
    "blind",
    "plan",
    "levels",
    "competencies",
    "evidence"
})
record ReviewRequestJson(
        Integer formatVersion,
        String kind,
        String requestId,
        Instant createdAt,
        Boolean blind,
        PlanJson plan,
        List<LevelJson> levels,
        List<CompetencyJson> competencies,
        List<EvidenceJson> evidence) {

    static final int FORMAT_VERSION = 1;
    static final String KIND = "ascent-review-request";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "id",
        "name",
        "requester",
        "framework",
        "frameworkName",
        "currentLevel",
        "targetLevel",
        "specialization",
        "specializationTitle"
    })
    record PlanJson(
            String id,
            String name,
            String requester,
            String framework,
            String frameworkName,
            String currentLevel,
            String targetLevel,
            String specialization,
            String specializationTitle) {}

    @JsonPropertyOrder({"id", "title", "rank"})
    record LevelJson(String id, String title, Integer rank) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "area", "title", "expectations", "selfRating"})
    record CompetencyJson(
            String id, String area, String title, Map<String, String> expectations, SelfRatingJson selfRating) {}

    @JsonPropertyOrder({"level", "justification"})
    record SelfRatingJson(String level, String justification) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "id", "competency", "level", "title", "status", "date", "text", "links"})
    record EvidenceJson(
            String kind,
            String id,
            String competency,
            String level,
            String title,
            String status,
            LocalDate date,
            String text,
            List<String> links) {}

    static ReviewRequestJson fromDomain(ReviewRequest r) {
        RequestedPlan p = r.plan();
        PlanJson plan = new PlanJson(
                p.id().toString(),
                p.name(),
                p.requester().orElse(null),
                p.frameworkId(),
                p.frameworkName(),
                p.currentLevelId(),
                p.targetLevelId(),
                p.specializationId(),
                p.specializationTitle());
        List<LevelJson> levels = r.levels().stream()
                .map(l -> new LevelJson(l.id(), l.title(), l.rank()))
                .toList();
        List<CompetencyJson> competencies = r.competencies().stream()
                .map(c -> new CompetencyJson(
                        c.id(),
                        c.area(),
                        c.title(),
                        c.expectations(),
                        c.selfRating()
                                .map(s -> new SelfRatingJson(s.levelId(), s.justification()))
                                .orElse(null)))
                .toList();
        List<EvidenceJson> evidence = r.evidence().stream()
                .map(e -> new EvidenceJson(
                        e.kind(),
                        e.id(),
                        e.competencyId(),
                        e.levelId().orElse(null),
                        e.title(),
                        e.status().orElse(null),
                        e.date().orElse(null),
                        e.text(),
                        e.links()))
                .toList();
        return new ReviewRequestJson(
                FORMAT_VERSION,
                KIND,
                r.id().toString(),
                r.createdAt(),
                r.blind(),
                plan,
                levels,
                competencies,
                evidence);
    }

    ReviewRequest toDomain() {
        if (plan == null || requestId == null || createdAt == null || blind == null) {
            throw new IllegalArgumentException(I18n.t("review.msg.requestFields"));
        }
        RequestedPlan requested = new RequestedPlan(
                Uuids.parse(plan.id(), "$.plan.id"),
                plan.name(),
                Optional.ofNullable(plan.requester()),
                plan.framework(),
                plan.frameworkName(),
                plan.currentLevel(),
                plan.targetLevel(),
                plan.specialization(),
                plan.specializationTitle());
        List<Level> scale = Uuids.list(levels).stream()
                .map(l -> {
                    if (l == null || l.rank() == null) {
                        throw new IllegalArgumentException(I18n.t("review.msg.emptyEntry", "levels"));
                    }
                    return new Level(l.id(), l.title(), l.rank(), "");
                })
                .toList();
        List<RequestedCompetency> comps = Uuids.list(competencies).stream()
                .map(ReviewRequestJson::competency)
                .toList();
        List<EvidenceItem> items =
                Uuids.list(evidence).stream().map(ReviewRequestJson::item).toList();
        return new ReviewRequest(
                Uuids.parse(requestId, "$.requestId"), createdAt, blind, requested, scale, comps, items);
    }

    private static RequestedCompetency competency(CompetencyJson c) {
        if (c == null) {
            throw new IllegalArgumentException(I18n.t("review.msg.emptyEntry", "competencies"));
        }
        Optional<Rating> self =
                Optional.ofNullable(c.selfRating()).map(s -> new Rating(c.id(), s.level(), s.justification()));
        return new RequestedCompetency(c.id(), c.area(), c.title(), c.expectations(), self);
    }

    private static EvidenceItem item(EvidenceJson e) {
        if (e == null) {
            throw new IllegalArgumentException(I18n.t("review.msg.emptyEntry", "evidence"));
        }
        return new EvidenceItem(
                e.kind(),
                e.id(),
                e.competency(),
                Optional.ofNullable(e.level()),
                e.title(),
                Optional.ofNullable(e.status()),
                Optional.ofNullable(e.date()),
                e.text(),
                Uuids.list(e.links()));
    }
}
