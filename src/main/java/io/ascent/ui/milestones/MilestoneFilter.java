package io.ascent.ui.milestones;

import io.ascent.domain.MilestoneStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the milestone list is narrowed to: a status, a competency, a level, core or
 * specialization competencies, and search words that must all appear in the title or
 * description. Empty optionals and a blank query mean "any".
 */
public record MilestoneFilter(
        Optional<MilestoneStatus> status,
        Optional<String> competencyId,
        Optional<String> levelId,
        Scope scope,
        String query) {

    /** Which competencies: all the plan works on, only core ones, or only the specialization's. */
    public enum Scope {
        ALL,
        CORE,
        SPECIALIZATION
    }

    public static final MilestoneFilter NONE =
            new MilestoneFilter(Optional.empty(), Optional.empty(), Optional.empty(), Scope.ALL, "");

    public MilestoneFilter {
        status = status == null ? Optional.empty() : status;
        competencyId = competencyId == null ? Optional.empty() : competencyId;
        levelId = levelId == null ? Optional.empty() : levelId;
        scope = scope == null ? Scope.ALL : scope;
        query = query == null ? "" : query;
    }

    public boolean isNone() {
        return status.isEmpty() && competencyId.isEmpty() && levelId.isEmpty() && scope == Scope.ALL && query.isBlank();
    }

    /** The search words, lower-cased once so matching a large framework stays cheap. */
    String[] terms() {
        String q = query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() ? new String[0] : Arrays.stream(q.split("\\s+")).toArray(String[]::new);
    }
}
