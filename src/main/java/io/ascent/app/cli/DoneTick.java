package io.ascent.app.cli;

import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.service.EditConflictException;
import io.ascent.service.PlanService;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;

/**
 * What {@code ascent milestone done} writes. A milestone already done is left as it is (the
 * command says since when); its evidence is replaced only with {@code --replace-evidence}, and the
 * command says what it replaced. The tick and its evidence are one compare-and-set save from the
 * state the command read, so of two commands that tick one milestone with different evidence at
 * once the second is refused as a conflict instead of overwriting the first.
 */
final class DoneTick {

    private DoneTick() {}

    /** Ticks {@code milestone} from {@code shown}; returns what was done, in words. */
    static String tick(
            PlanService plans,
            long planId,
            Milestone milestone,
            MilestoneProgress shown,
            String evidence,
            boolean replaceEvidence) {
        String title = milestone.title();
        if (shown.status() == MilestoneStatus.DONE) {
            String since = shown.doneDate().map(I18n::date).orElse("?");
            if (evidence == null || evidence.equals(shown.evidence())) {
                return I18n.t("cli.milestone.alreadyDone", title, since);
            }
            if (!shown.evidence().isEmpty() && !replaceEvidence) {
                throw new ValidationException(
                        I18n.t("cli.milestone.hasEvidence", title, since, shown.evidence(), "--replace-evidence"));
            }
            save(plans, planId, shown, shown.withEvidence(evidence), title);
            return shown.evidence().isEmpty()
                    ? I18n.t("cli.milestone.evidenceAdded", title)
                    : I18n.t("cli.milestone.evidenceReplaced", title, shown.evidence());
        }
        MilestoneProgress done = shown.withStatus(MilestoneStatus.DONE, plans.today());
        save(plans, planId, shown, evidence == null ? done : done.withEvidence(evidence), title);
        return I18n.t("dashboard.activity.done", title);
    }

    private static void save(
            PlanService plans, long planId, MilestoneProgress shown, MilestoneProgress wanted, String title) {
        try {
            plans.saveProgress(planId, shown, wanted);
        } catch (EditConflictException e) {
            MilestoneProgress stored = e.<MilestoneProgress>conflict().stored();
            throw new ValidationException(I18n.t("cli.milestone.conflict", title, stored.evidence()));
        }
    }
}
