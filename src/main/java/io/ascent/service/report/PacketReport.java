package io.ascent.service.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The content of a promotion packet, independent of layout: the PDF and the Markdown packet are
 * both written from one of these. Built only from what may be shown to others: shareable wins,
 * evidence, ratings and the manager's review; never private notes or private wins.
 */
public record PacketReport(Cover cover, List<String> questions, List<Section> sections) {

    public PacketReport {
        questions = List.copyOf(questions);
        sections = List.copyOf(sections);
    }

    /** Who, from where to where, over which days, how ready, and the manager's latest decision. */
    public record Cover(
            String planName,
            String frameworkName,
            String currentLevel,
            String targetLevel,
            LocalDate from,
            LocalDate to,
            String readiness,
            Optional<String> decision,
            LocalDate printedOn) {}

    /** One competency: what the target expects, the ratings, the evidence of the period, what is open. */
    public record Section(
            String title,
            String expectation,
            String selfRating,
            Optional<String> managerRating,
            List<Evidence> wins,
            int moreWins,
            List<Evidence> milestones,
            int moreMilestones,
            List<String> open,
            int moreOpen) {
        public Section {
            wins = List.copyOf(wins);
            milestones = List.copyOf(milestones);
            open = List.copyOf(open);
        }

        public boolean hasEvidence() {
            return !wins.isEmpty() || !milestones.isEmpty();
        }
    }

    /** A win or a done milestone as evidence: title, date, detail (impact or evidence), the manager's confirmation. */
    public record Evidence(String title, LocalDate date, String detail, boolean confirmed) {}
}
