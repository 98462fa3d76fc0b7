package io.ascent.domain;

import io.ascent.text.I18n;
import java.util.List;
import java.util.Optional;

/**
 * The implicit item of a cell that has an expectation but no milestones: "Meets the Senior PM
 * expectation for Product strategy", with the expectation as its description. It is ticked like
 * a milestone. Its id, {@code competency@level}, can never be a framework milestone's id (those
 * have no {@code @}) and survives a change of language, so progress on it is stored like any other.
 */
public final class ExpectationItems {

    /** Cannot appear in a framework id ({@link InputRules#ID}). */
    static final char SEPARATOR = '@';

    /** The competency and level an item id names. */
    public record Ref(String competencyId, String levelId) {}

    private ExpectationItems() {}

    public static String id(String competencyId, String levelId) {
        return competencyId + SEPARATOR + levelId;
    }

    /** The competency and level of an expectation item's id; empty for any other id. */
    public static Optional<Ref> parse(String id) {
        int at = id == null ? -1 : id.indexOf(SEPARATOR);
        if (at < 0 || id.indexOf(SEPARATOR, at + 1) >= 0) {
            return Optional.empty();
        }
        String competency = id.substring(0, at);
        String level = id.substring(at + 1);
        return InputRules.isId(competency) && InputRules.isId(level)
                ? Optional.of(new Ref(competency, level))
                : Optional.empty();
    }

    static Milestone of(Competency competency, Level level) {
        return new Milestone(
                id(competency.id(), level.id()),
                competency.id(),
                level.id(),
                I18n.t("item.expectation.title", level.title(), competency.title()),
                competency.expectationAt(level.id()),
                List.of(),
                Milestone.Kind.EXPECTATION);
    }
}
