package io.ascent.domain;

import io.ascent.text.I18n;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A whole plan as it travels between databases: the plan itself, the progress of each milestone
 * it has touched, its self-assessment ratings, its check-ins, the milestones the user added, the
 * wins (private ones too: the plan file is the user's own copy) and its rhythm, each in a fixed
 * order so that writing it out is deterministic. Database ids mean nothing
 * outside their database and are ignored on import.
 */
public record PlanArchive(
        Plan plan,
        List<MilestoneProgress> progress,
        List<Rating> ratings,
        List<CheckIn> checkIns,
        List<OwnMilestone> ownMilestones,
        List<Win> wins,
        PlanRhythm rhythm) {

    public PlanArchive {
        Objects.requireNonNull(plan, "plan");
        rhythm = rhythm == null ? PlanRhythm.DEFAULT : rhythm;
        progress = progress.stream()
                .sorted(Comparator.comparing(MilestoneProgress::milestoneId))
                .toList();
        ratings = ratings.stream()
                .sorted(Comparator.comparing(Rating::competencyId))
                .toList();
        checkIns =
                checkIns.stream().sorted(Comparator.comparing(CheckIn::takenAt)).toList();
        ownMilestones = (ownMilestones == null ? List.<OwnMilestone>of() : ownMilestones)
                .stream()
                        .sorted(Comparator.comparing(OwnMilestone::addedAt).thenComparing(OwnMilestone::id))
                        .toList();
        // Oldest first, in the order they were stored: a file written twice is the same file.
        wins = (wins == null ? List.<Win>of() : wins)
                .stream()
                        .sorted(Comparator.comparing(Win::date).thenComparing(Win::id))
                        .toList();
        Set<String> rated = new HashSet<>();
        for (Rating r : ratings) {
            if (!rated.add(r.competencyId())) {
                throw new IllegalArgumentException(I18n.t("domain.archive.ratedTwice", r.competencyId()));
            }
        }
        Set<String> seen = new HashSet<>();
        for (MilestoneProgress p : progress) {
            if (!seen.add(p.milestoneId())) {
                throw new IllegalArgumentException(I18n.t("domain.archive.milestoneTwice", p.milestoneId()));
            }
        }
        Set<String> own = new HashSet<>();
        for (OwnMilestone m : ownMilestones) {
            if (!own.add(m.id())) {
                throw new IllegalArgumentException(I18n.t("domain.archive.ownTwice", m.id()));
            }
        }
    }

    /** An archive of a plan without milestones of the user's own. */
    public PlanArchive(Plan plan, List<MilestoneProgress> progress, List<Rating> ratings, List<CheckIn> checkIns) {
        this(plan, progress, ratings, checkIns, List.of(), List.of(), PlanRhythm.DEFAULT);
    }

    /** An archive of a plan without wins that keeps the default rhythm. */
    public PlanArchive(
            Plan plan,
            List<MilestoneProgress> progress,
            List<Rating> ratings,
            List<CheckIn> checkIns,
            List<OwnMilestone> ownMilestones) {
        this(plan, progress, ratings, checkIns, ownMilestones, List.of(), PlanRhythm.DEFAULT);
    }

    /**
     * The same archive with other progress, e.g. moved to the milestones that replaced retired
     * ones; the user's own milestones stay.
     */
    public PlanArchive withProgress(List<MilestoneProgress> newProgress) {
        return new PlanArchive(plan, newProgress, ratings, checkIns, ownMilestones, wins, rhythm);
    }

    /** The same archive under another name, e.g. to import next to a plan of the same name. */
    public PlanArchive renamed(String newName) {
        return new PlanArchive(
                plan.withName(newName, plan.updatedAt()), progress, ratings, checkIns, ownMilestones, wins, rhythm);
    }
}
