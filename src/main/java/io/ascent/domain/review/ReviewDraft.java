package io.ascent.domain.review;

import io.ascent.text.I18n;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a reviewer writes while answering a request: ratings and comments per competency,
 * verdicts on evidence, a summary and a decision. Kept in the reviewer's database until it is
 * sent; the signed response carries it unchanged.
 */
public record ReviewDraft(
        List<ManagerRating> ratings, List<EvidenceVerdict> verdicts, String summary, Optional<Decision> decision) {

    public static final int MAX_SUMMARY = ReviewTexts.MAX_SUMMARY;

    public static final ReviewDraft EMPTY = new ReviewDraft(List.of(), List.of(), "", Optional.empty());

    public ReviewDraft {
        ratings = List.copyOf(ratings);
        verdicts = List.copyOf(verdicts);
        summary = ReviewTexts.text(summary, MAX_SUMMARY, "review.field.summary", true);
        decision = decision == null ? Optional.empty() : decision;
        unique(ratings.stream().map(ManagerRating::competencyId).toList());
        unique(verdicts.stream().map(EvidenceVerdict::key).toList());
    }

    public Optional<ManagerRating> rating(String competencyId) {
        return ratings.stream()
                .filter(r -> r.competencyId().equals(competencyId))
                .findFirst();
    }

    public Optional<EvidenceVerdict> verdict(String evidenceKey) {
        return verdicts.stream().filter(v -> v.key().equals(evidenceKey)).findFirst();
    }

    /** This draft with the competency's rating replaced (or removed when {@code rating} is empty). */
    public ReviewDraft with(String competencyId, Optional<ManagerRating> rating) {
        List<ManagerRating> next = new ArrayList<>(ratings.stream()
                .filter(r -> !r.competencyId().equals(competencyId))
                .toList());
        rating.ifPresent(next::add);
        return new ReviewDraft(next, verdicts, summary, decision);
    }

    /** This draft with the competency rated at {@code levelId} (or unrated), its comment kept. */
    public ReviewDraft withLevel(String competencyId, Optional<String> levelId) {
        String comment = rating(competencyId).map(ManagerRating::comment).orElse("");
        return with(competencyId, rating(competencyId, levelId, comment));
    }

    /** This draft with the competency's comment replaced, its level kept. */
    public ReviewDraft withComment(String competencyId, String comment) {
        Optional<String> level = rating(competencyId).flatMap(ManagerRating::levelId);
        return with(competencyId, rating(competencyId, level, comment));
    }

    /** A competency neither rated nor commented has no entry at all. */
    private static Optional<ManagerRating> rating(String competencyId, Optional<String> level, String comment) {
        String text = comment == null ? "" : comment.strip();
        return level.isEmpty() && text.isEmpty()
                ? Optional.empty()
                : Optional.of(new ManagerRating(competencyId, level, text));
    }

    /** This draft with a verdict on the evidence item {@code kind}/{@code itemId} (or none). */
    public ReviewDraft withVerdict(String kind, String itemId, Optional<EvidenceVerdict.Verdict> verdict) {
        return withVerdict(EvidenceItem.key(kind, itemId), verdict.map(v -> new EvidenceVerdict(kind, itemId, v, "")));
    }

    /** This draft with the evidence item's verdict replaced (or removed). */
    public ReviewDraft withVerdict(String evidenceKey, Optional<EvidenceVerdict> verdict) {
        List<EvidenceVerdict> next = new ArrayList<>(
                verdicts.stream().filter(v -> !v.key().equals(evidenceKey)).toList());
        verdict.ifPresent(next::add);
        return new ReviewDraft(ratings, next, summary, decision);
    }

    public ReviewDraft withSummary(String text) {
        return new ReviewDraft(ratings, verdicts, text, decision);
    }

    public ReviewDraft withDecision(Optional<Decision> newDecision) {
        return new ReviewDraft(ratings, verdicts, summary, newDecision);
    }

    /**
     * Why this draft does not fit {@code request}, or empty: a rating of a competency the request
     * does not hold, at a level outside its scale, or a verdict on evidence it did not show.
     */
    public Optional<String> problemWith(ReviewRequest request) {
        for (ManagerRating r : ratings) {
            if (request.competency(r.competencyId()).isEmpty()) {
                return Optional.of(I18n.t("review.error.notInRequest", r.competencyId()));
            }
            if (r.levelId().isPresent() && request.level(r.levelId().get()).isEmpty()) {
                return Optional.of(
                        I18n.t("review.error.unknownLevel", r.levelId().get()));
            }
        }
        for (EvidenceVerdict v : verdicts) {
            if (request.evidenceItem(v.key()).isEmpty()) {
                return Optional.of(I18n.t("review.error.evidenceNotInRequest", v.itemId()));
            }
        }
        return Optional.empty();
    }

    private static void unique(List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new IllegalArgumentException(I18n.t("review.error.twice", key));
            }
        }
    }
}
