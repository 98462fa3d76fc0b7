package io.ascent.ui.milestones;

import io.ascent.domain.Competency;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;

/** One line of the milestone checklist: an area heading, a competency heading or a milestone. */
public sealed interface MilestoneRow {

    record AreaRow(String area, int done, int total) implements MilestoneRow {}

    record CompetencyRow(Competency competency, int done, int total) implements MilestoneRow {}

    record ItemRow(Milestone milestone, Level level, MilestoneProgress progress) implements MilestoneRow {}
}
