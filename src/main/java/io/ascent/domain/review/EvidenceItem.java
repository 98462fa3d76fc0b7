package io.ascent.domain.review;

import io.ascent.domain.InputRules;
import io.ascent.domain.MilestoneLinks;
import io.ascent.domain.MilestoneProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One piece of evidence in a review request, which the reviewer can confirm or ask more of.
 * Items of every kind share these fields; {@code kind} says what the item is: {@value #MILESTONE}
 * (an item of the plan's checklist with its evidence: a milestone, or "meets the expectation" of a
 * cell without milestones, whose id is {@code competency@level}) today, wins later (issue 18). An
 * item is named by its kind and id together. {@code status} is {@value #DONE} or {@value #IN_PROGRESS} for a
 * milestone; {@code date} the day it was done.
 */
public record EvidenceItem(
        String kind,
        String id,
        String competencyId,
        Optional<String> levelId,
        String title,
        Optional<String> status,
        Optional<LocalDate> date,
        String text,
        List<String> links) {

    public static final String MILESTONE = "milestone";
    /** A shareable win (issue 18); its id is {@link io.ascent.domain.Wins#evidenceIds}, opaque. */
    public static final String WIN = "win";

    public static final String DONE = "done";
    public static final String IN_PROGRESS = "in-progress";

    public EvidenceItem {
        kind = ReviewTexts.id(kind, "review.field.evidenceKind");
        id = ReviewTexts.itemId(id, "review.field.evidenceId");
        competencyId = ReviewTexts.id(competencyId, "domain.what.competencyId");
        levelId = ReviewTexts.optionalId(levelId, "domain.what.levelId");
        title = ReviewTexts.required(title, ReviewTexts.MAX_TITLE, "review.field.evidenceTitle");
        status = ReviewTexts.optionalId(status, "review.field.evidenceStatus");
        date = date == null ? Optional.empty() : date;
        date.ifPresent(d -> InputRules.requireDateInRange(d, "input.field.doneDate"));
        text = ReviewTexts.text(text, MilestoneProgress.MAX_TEXT, "domain.what.evidence", false);
        links = MilestoneLinks.check(links == null ? List.of() : links);
    }

    /** Kind and id: what a verdict names this item by. */
    public String key() {
        return key(kind, id);
    }

    public static String key(String kind, String id) {
        return kind + ":" + id;
    }

    public boolean isDone() {
        return status.filter(DONE::equals).isPresent();
    }
}
