package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.ascent.domain.review.Decision;
import io.ascent.domain.review.EvidenceVerdict;
import io.ascent.domain.review.ManagerRating;
import io.ascent.domain.review.ReviewAnswer;
import io.ascent.domain.review.ReviewDraft;
import io.ascent.text.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed payload of a review response (docs/review-format.md) as Jackson reads and writes it.
 * A draft in the reviewer's database has the same shape without the request, plan, reviewer and
 * date. Verdicts and outcomes are written in lower case with dashes ({@code needs-more},
 * {@code ready-by}), as a person would type them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "formatVersion",
    "kind",
    "requestId",
    "planId",
    "reviewer",
    "answeredAt",
    "ratings",
    "evidence",
    "summary",
    "decision"
})
record ResponsePayloadJson(
        Integer formatVersion,
        String kind,
        String requestId,
        String planId,
        String reviewer,
        Instant answeredAt,
        List<RatingJson> ratings,
        List<VerdictJson> evidence,
        String summary,
        DecisionJson decision) {

    static final int FORMAT_VERSION = 1;
    static final String KIND = "ascent-review-answer";
    static final String DRAFT_KIND = "ascent-review-draft";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"competency", "level", "comment"})
    record RatingJson(String competency, String level, String comment) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "id", "verdict", "comment"})
    record VerdictJson(String kind, String id, String verdict, String comment) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"outcome", "date"})
    record DecisionJson(String outcome, LocalDate date) {}

    static ResponsePayloadJson fromDomain(ReviewAnswer a) {
        ReviewDraft d = a.content();
        return new ResponsePayloadJson(
                FORMAT_VERSION,
                KIND,
                a.requestId().toString(),
                a.planId().toString(),
                a.reviewer(),
                a.answeredAt(),
                ratings(d),
                verdicts(d),
                d.summary(),
                decision(d));
    }

    static ResponsePayloadJson draft(ReviewDraft d) {
        return new ResponsePayloadJson(
                FORMAT_VERSION, DRAFT_KIND, null, null, null, null, ratings(d), verdicts(d), d.summary(), decision(d));
    }

    ReviewAnswer toAnswer() {
        if (requestId == null || planId == null || reviewer == null || answeredAt == null) {
            throw new IllegalArgumentException(I18n.t("review.msg.answerFields"));
        }
        return new ReviewAnswer(
                Uuids.parse(requestId, "$.requestId"),
                Uuids.parse(planId, "$.planId"),
                reviewer,
                answeredAt,
                toDraft());
    }

    ReviewDraft toDraft() {
        List<ManagerRating> rs = Uuids.list(ratings).stream()
                .map(r -> {
                    if (r == null) {
                        throw new IllegalArgumentException(I18n.t("review.msg.emptyEntry", "ratings"));
                    }
                    return new ManagerRating(r.competency(), Optional.ofNullable(r.level()), r.comment());
                })
                .toList();
        List<EvidenceVerdict> vs = Uuids.list(evidence).stream()
                .map(v -> {
                    if (v == null) {
                        throw new IllegalArgumentException(I18n.t("review.msg.emptyEntry", "evidence"));
                    }
                    return new EvidenceVerdict(v.kind(), v.id(), verdict(v.verdict()), v.comment());
                })
                .toList();
        return new ReviewDraft(rs, vs, summary, Optional.ofNullable(decision).map(ResponsePayloadJson::decision));
    }

    private static List<RatingJson> ratings(ReviewDraft d) {
        return d.ratings().stream()
                .map(r -> new RatingJson(
                        r.competencyId(), r.levelId().orElse(null), r.comment().isEmpty() ? null : r.comment()))
                .toList();
    }

    private static List<VerdictJson> verdicts(ReviewDraft d) {
        return d.verdicts().stream()
                .map(v -> new VerdictJson(
                        v.kind(),
                        v.itemId(),
                        word(v.verdict().name()),
                        v.comment().isEmpty() ? null : v.comment()))
                .toList();
    }

    private static DecisionJson decision(ReviewDraft d) {
        return d.decision()
                .map(x -> new DecisionJson(word(x.outcome().name()), x.readyBy().orElse(null)))
                .orElse(null);
    }

    private static Decision decision(DecisionJson d) {
        Decision.Outcome outcome = constant(Decision.Outcome.class, d.outcome(), "$.decision.outcome");
        return new Decision(outcome, Optional.ofNullable(d.date()));
    }

    private static EvidenceVerdict.Verdict verdict(String word) {
        return constant(EvidenceVerdict.Verdict.class, word, "$.evidence[].verdict");
    }

    /** "NEEDS_MORE" as the file writes it: "needs-more". */
    static String word(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String word, String path) {
        for (E e : type.getEnumConstants()) {
            if (word(e.name()).equals(word)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(word(e.name()));
        }
        throw new IllegalArgumentException(
                I18n.t("review.msg.notOneOf", path, String.valueOf(word), allowed.toString()));
    }
}
