package io.ascent.domain.packet;

import io.ascent.domain.Win;
import io.ascent.domain.packet.CommitteeQuestion.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed rules that find the questions a promotion committee will ask of a packet
 * (docs/packet.md). Each is a small function of facts the packet already shows, so the user
 * can see why a question was asked and answer it before the committee does.
 */
public final class CommitteeRules {

    /** Self rating this many levels or more above the manager's is questioned. */
    public static final int LEVELS_ABOVE_MANAGER = 2;

    private CommitteeRules() {}

    /** Every question, rule by rule in {@link Rule}'s order. */
    public static List<CommitteeQuestion> all(
            List<CompetencyFacts> competencies,
            List<Win> shareableWinsInPeriod,
            List<LocalDate> evidenceDates,
            PacketPeriod period,
            boolean reviewExists) {
        List<CommitteeQuestion> questions = new ArrayList<>();
        questions.addAll(noEvidence(competencies));
        questions.addAll(selfAboveManager(competencies));
        questions.addAll(claimsWithoutBaseline(shareableWinsInPeriod));
        questions.addAll(quietEnd(evidenceDates, period));
        questions.addAll(onlySelfAttested(competencies, reviewExists));
        return questions;
    }

    /** Competencies the target level requires that have no evidence in the period. */
    public static List<CommitteeQuestion> noEvidence(List<CompetencyFacts> competencies) {
        return competencies.stream()
                .filter(c -> c.requiredAtTarget() && c.evidenceInPeriod() == 0)
                .map(c -> new CommitteeQuestion(Rule.NO_EVIDENCE, c.competencyId()))
                .toList();
    }

    /** Competencies rated by both where the self rating is two or more levels above the manager's. */
    public static List<CommitteeQuestion> selfAboveManager(List<CompetencyFacts> competencies) {
        return competencies.stream()
                .filter(c -> c.selfPosition().isPresent()
                        && c.managerPosition().isPresent()
                        && c.selfPosition().getAsInt() - c.managerPosition().getAsInt() >= LEVELS_ABOVE_MANAGER)
                .map(c -> new CommitteeQuestion(Rule.SELF_ABOVE_MANAGER, c.competencyId()))
                .toList();
    }

    /** Wins that claim a result (a metric or a value after) without the metric, the baseline or the result. */
    public static List<CommitteeQuestion> claimsWithoutBaseline(List<Win> wins) {
        return wins.stream()
                .filter(w -> w.impact().lacksBaselineOrMetric())
                .map(w -> new CommitteeQuestion(Rule.CLAIM_WITHOUT_BASELINE, String.valueOf(w.id())))
                .toList();
    }

    /** One question when no evidence is dated in the last 90 days of the period. */
    public static List<CommitteeQuestion> quietEnd(List<LocalDate> evidenceDates, PacketPeriod period) {
        return evidenceDates.stream().anyMatch(period::isRecent)
                ? List.of()
                : List.of(new CommitteeQuestion(Rule.QUIET_END, ""));
    }

    /**
     * Where a review exists: competencies with evidence of which the reviewer confirmed none (only
     * the person vouches for it). Without a review nothing was asked, so nothing is questioned.
     */
    public static List<CommitteeQuestion> onlySelfAttested(List<CompetencyFacts> competencies, boolean reviewExists) {
        if (!reviewExists) {
            return List.of();
        }
        return competencies.stream()
                .filter(c -> c.evidenceInPeriod() > 0 && c.confirmed() == 0)
                .map(c -> new CommitteeQuestion(Rule.ONLY_SELF_ATTESTED, c.competencyId()))
                .toList();
    }
}
