package io.ascent.ui.milestones;

import io.ascent.domain.Competency;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;

/** One line of the milestone checklist: a competency heading or a milestone under it. */
public sealed interface MilestoneRow {

    record CompetencyRow(Competency competency, int done, int total) implements MilestoneRow {
    }

    record ItemRow(Milestone milestone, Level level, MilestoneProgress progress) implements MilestoneRow {
    }
}
