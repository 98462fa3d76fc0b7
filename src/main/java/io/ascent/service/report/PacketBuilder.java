package io.ascent.service.report;

import io.ascent.domain.Cell;
import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Level;
import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.PlanLevels;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Win;
import io.ascent.domain.WinWords;
import io.ascent.domain.Wins;
import io.ascent.domain.packet.CommitteeRules;
import io.ascent.domain.packet.CompetencyFacts;
import io.ascent.domain.packet.PacketPeriod;
import io.ascent.domain.review.EvidenceItem;
import io.ascent.domain.review.EvidenceVerdict;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.domain.text.ReviewWords;
import io.ascent.service.report.PacketReport.Cover;
import io.ascent.service.report.PacketReport.Evidence;
import io.ascent.service.report.PacketReport.Section;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds a {@link PacketReport} from a plan, its self-ratings, its wins and its current review,
 * over a period. Private wins are dropped first, so nothing below can show them; private notes
 * are never read.
 */
public final class PacketBuilder {

    /** Wins, done milestones and open items shown per competency; the rest are counted. */
    public static final int SHOWN_PER_COMPETENCY = 3;

    private static final int DETAIL_CHARS = 220;

    private PacketBuilder() {}

    public static PacketReport build(
            PlanSnapshot view,
            Map<String, Rating> ratings,
            List<Win> allWins,
            Optional<ReceivedReview> review,
            PacketPeriod period,
            LocalDate printedOn) {
        Framework f = view.framework();
        var plan = view.plan();
        PlanLevels track = PlanLevels.of(f, plan.targetLevelId());
        Map<Long, String> evidenceIds = Wins.evidenceIds(allWins);
        List<Win> wins = Wins.shareable(allWins).stream()
                .filter(w -> period.contains(w.date()))
                .toList();
        List<Section> sections = new ArrayList<>();
        List<CompetencyFacts> facts = new ArrayList<>();
        List<LocalDate> evidenceDates =
                new ArrayList<>(wins.stream().map(Win::date).toList());
        for (Competency c : f.competenciesFor(plan.specializationId())) {
            List<Cell> cells = view.requirements().cellsOf(c.id());
            if (cells.isEmpty()) {
                continue;
            }
            List<Win> own = wins.stream()
                    .filter(w -> w.competencyIds().contains(c.id()))
                    .sorted(Wins.MOST_IMPACTFUL_FIRST)
                    .toList();
            List<Evidence> winEvidence = own.stream()
                    .map(w -> new Evidence(
                            w.title(),
                            w.date(),
                            WinWords.impact(w.impact()),
                            confirmed(review, EvidenceItem.WIN, evidenceIds.get(w.id()))))
                    .toList();
            List<Evidence> done = new ArrayList<>();
            List<String> open = new ArrayList<>();
            for (Cell cell : cells) {
                for (Milestone m : cell.items()) {
                    MilestoneProgress p = view.progressOf(m.id());
                    if (p.isDone() && p.doneDate().filter(period::contains).isPresent()) {
                        done.add(new Evidence(
                                m.title(),
                                p.doneDate().get(),
                                shorten(p.evidence()),
                                confirmed(review, EvidenceItem.MILESTONE, m.id())));
                        evidenceDates.add(p.doneDate().get());
                    } else if (!p.isDone() && !cell.isMet(view.progress())) {
                        open.add(m.title());
                    }
                }
            }
            done.sort(Comparator.comparing(Evidence::date).reversed());
            Optional<Level> self = Optional.ofNullable(ratings.get(c.id())).flatMap(r -> f.level(r.levelId()));
            Optional<Level> manager = review.flatMap(r -> r.answer().content().rating(c.id()))
                    .flatMap(r -> r.levelId())
                    .flatMap(f::level);
            int confirmed =
                    (int) (winEvidence.stream().filter(Evidence::confirmed).count()
                            + done.stream().filter(Evidence::confirmed).count());
            facts.add(new CompetencyFacts(
                    c.id(),
                    cells.stream().anyMatch(cell -> cell.level().id().equals(plan.targetLevelId())),
                    winEvidence.size() + done.size(),
                    self.map(l -> OptionalInt.of(track.position(l))).orElse(OptionalInt.empty()),
                    manager.map(l -> OptionalInt.of(track.position(l))).orElse(OptionalInt.empty()),
                    confirmed));
            sections.add(new Section(
                    c.title(),
                    c.expectationAt(plan.targetLevelId()),
                    self.map(Level::title).orElse(I18n.t("packet.notRated")),
                    review.map(r -> manager.map(Level::title).orElse(I18n.t("packet.notRated"))),
                    first(winEvidence),
                    Math.max(0, winEvidence.size() - SHOWN_PER_COMPETENCY),
                    first(done),
                    Math.max(0, done.size() - SHOWN_PER_COMPETENCY),
                    first(open),
                    Math.max(0, open.size() - SHOWN_PER_COMPETENCY)));
        }
        List<String> questions = CommitteeRules.all(facts, wins, evidenceDates, period, review.isPresent()).stream()
                .map(q -> PacketQuestions.words(q, f, wins))
                .toList();
        Cover cover = new Cover(
                plan.name(),
                f.name(),
                f.level(plan.currentLevelId()).map(Level::title).orElse(plan.currentLevelId()),
                f.level(plan.targetLevelId()).map(Level::title).orElse(plan.targetLevelId()),
                period.from(),
                period.to(),
                I18n.t(
                        "packet.readiness",
                        PlanReport.percent(view.readiness()),
                        view.readiness().done(),
                        view.readiness().required()),
                review.flatMap(r -> r.answer().content().decision())
                        .map(d -> I18n.t(
                                "packet.decision",
                                ReviewWords.decision(d),
                                review.get().reviewer().name())),
                printedOn);
        return new PacketReport(cover, questions, sections);
    }

    private static boolean confirmed(Optional<ReceivedReview> review, String kind, String id) {
        return review.flatMap(r -> r.answer().content().verdict(EvidenceItem.key(kind, id)))
                .filter(v -> v.verdict() == EvidenceVerdict.Verdict.CONFIRMED)
                .isPresent();
    }

    private static <T> List<T> first(List<T> items) {
        return items.subList(0, Math.min(items.size(), SHOWN_PER_COMPETENCY));
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= DETAIL_CHARS
                ? flat
                : flat.substring(0, DETAIL_CHARS - 1).strip() + "\u2026";
    }
}
