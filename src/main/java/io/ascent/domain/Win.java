package io.ascent.domain;

import static io.ascent.domain.Checks.requireLength;
import static io.ascent.domain.Checks.requireText;

import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A dated achievement logged as it happens: what happened, its impact, links to the work, and
 * the competencies and milestones it shows. A win tagged with a milestone serves as evidence for
 * it; one win can back several. A private win never appears in anything meant for others (the
 * printed plan, the Markdown export, review requests, the promotion packet); the plan file, the
 * user's own copy, keeps it. The id is the database's ({@code 0} before it is stored).
 */
public record Win(
        long id,
        LocalDate date,
        String title,
        String story,
        Impact impact,
        List<String> links,
        List<String> competencyIds,
        List<String> milestoneIds,
        boolean shareable) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_STORY = MilestoneProgress.MAX_TEXT;
    public static final int MAX_TAGS = 200;

    /** Newest first; on the same day the later stored first. The order of every list of wins. */
    public static final Comparator<Win> NEWEST_FIRST =
            Comparator.comparing(Win::date).thenComparing(Win::id).reversed();

    public Win {
        Objects.requireNonNull(date, "date");
        InputRules.requireDateInRange(date, "input.field.winDate");
        title = InputRules.requireStorable(
                requireLength(
                        requireText(title == null ? null : title.strip(), "domain.what.winTitle"),
                        MAX_TITLE,
                        "domain.what.winTitle"),
                "input.field.winTitle");
        if (title.contains("\n") || title.contains("\r")) {
            throw new IllegalArgumentException(I18n.t("domain.win.titleOneLine"));
        }
        VisibleText.require(title, "input.field.winTitle");
        story = InputRules.requireStorable(
                requireLength(story == null ? "" : story.strip(), MAX_STORY, "domain.what.winStory"),
                "input.field.winStory");
        impact = impact == null ? Impact.NONE : impact;
        links = MilestoneLinks.check(links == null ? List.of() : links);
        competencyIds = ids(competencyIds, "domain.what.competencyId");
        milestoneIds = ids(milestoneIds, "domain.what.milestoneId");
    }

    private static List<String> ids(List<String> ids, String whatKey) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_TAGS) {
            throw new IllegalArgumentException(I18n.t("domain.win.tooManyTags", MAX_TAGS));
        }
        for (String id : ids) {
            if (!InputRules.isItemId(id)) {
                throw new IllegalArgumentException(I18n.t("domain.win.badTag", I18n.t(whatKey), String.valueOf(id)));
            }
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    /** A new, unstored, shareable win with only a date and a title. */
    public static Win of(LocalDate date, String title) {
        return new Win(0, date, title, "", Impact.NONE, List.of(), List.of(), List.of(), true);
    }

    public Win withId(long newId) {
        return new Win(newId, date, title, story, impact, links, competencyIds, milestoneIds, shareable);
    }

    public Win withStory(String newStory) {
        return new Win(id, date, title, newStory, impact, links, competencyIds, milestoneIds, shareable);
    }

    public Win withImpact(Impact newImpact) {
        return new Win(id, date, title, story, newImpact, links, competencyIds, milestoneIds, shareable);
    }

    public Win withTags(List<String> competencies, List<String> milestones) {
        return new Win(id, date, title, story, impact, links, competencies, milestones, shareable);
    }

    public Win withLinks(List<String> newLinks) {
        return new Win(id, date, title, story, impact, newLinks, competencyIds, milestoneIds, shareable);
    }

    public Win withShareable(boolean newShareable) {
        return new Win(id, date, title, story, impact, links, competencyIds, milestoneIds, newShareable);
    }

    /** The same win also counting for {@code milestoneId} (no change if it already does). */
    public Win countingFor(String milestoneId) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(milestoneIds);
        ids.add(milestoneId);
        return withTags(competencyIds, List.copyOf(ids));
    }

    /** The same win no longer counting for {@code milestoneId}. */
    public Win notCountingFor(String milestoneId) {
        return withTags(
                competencyIds,
                milestoneIds.stream().filter(m -> !m.equals(milestoneId)).toList());
    }

    public boolean countsFor(String milestoneId) {
        return milestoneIds.contains(milestoneId);
    }
}
