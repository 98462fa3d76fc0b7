package io.ascent.ui.milestones;

import io.ascent.domain.Competency;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.Readiness;

/**
 * One line of the checklist: an area heading, a competency heading or an item. Headings count
 * required slots ({@code readiness}) and the items they hold, for "1 of 2 done, 2 of 3 needed".
 */
public sealed interface MilestoneRow {

    record AreaRow(String area, Readiness readiness, int items) implements MilestoneRow {}

    record CompetencyRow(Competency competency, Readiness readiness, int items) implements MilestoneRow {}

    record ItemRow(Milestone milestone, Level level, MilestoneProgress progress) implements MilestoneRow {}
}
