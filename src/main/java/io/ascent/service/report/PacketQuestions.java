package io.ascent.service.report;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Impact;
import io.ascent.domain.Win;
import io.ascent.domain.packet.CommitteeQuestion;
import io.ascent.domain.packet.CommitteeRules;
import io.ascent.domain.packet.PacketPeriod;
import io.ascent.text.I18n;
import java.util.List;

/** A committee's question in the user's language, naming the competency or win it is about. */
final class PacketQuestions {

    private PacketQuestions() {}

    static String words(CommitteeQuestion q, Framework f, List<Win> wins) {
        String competency = f.competency(q.subjectId()).map(Competency::title).orElse(q.subjectId());
        return switch (q.rule()) {
            case NO_EVIDENCE -> I18n.t("packet.q.noEvidence", competency);
            case SELF_ABOVE_MANAGER ->
                I18n.t("packet.q.selfAboveManager", competency, CommitteeRules.LEVELS_ABOVE_MANAGER);
            case CLAIM_WITHOUT_BASELINE ->
                wins.stream()
                        .filter(w -> String.valueOf(w.id()).equals(q.subjectId()))
                        .findFirst()
                        .map(PacketQuestions::claim)
                        .orElse(q.subjectId());
            case QUIET_END -> I18n.t("packet.q.quietEnd", PacketPeriod.RECENT_DAYS);
            case ONLY_SELF_ATTESTED -> I18n.t("packet.q.onlySelfAttested", competency);
        };
    }

    /**
     * "“Pricing pilot”: the impact has no value after. What did it come to?": what the claim lacks,
     * and the question that asks for it (one part lacking), or for the whole change.
     */
    private static String claim(Win w) {
        List<Impact.Part> missing = w.impact().missing();
        List<String> parts = missing.stream()
                .map(p -> I18n.t(
                        switch (p) {
                            case METRIC -> "packet.q.missing.metric";
                            case BEFORE -> "packet.q.missing.before";
                            case AFTER -> "packet.q.missing.after";
                        }))
                .toList();
        String lacks = parts.size() == 1
                ? parts.get(0)
                : String.join(I18n.t("packet.q.missing.separator"), parts.subList(0, parts.size() - 1))
                        + I18n.t("packet.q.missing.and")
                        + parts.get(parts.size() - 1);
        String ask = I18n.t(
                missing.size() > 1
                        ? "packet.q.ask.change"
                        : switch (missing.get(0)) {
                            case METRIC -> "packet.q.ask.metric";
                            case BEFORE -> "packet.q.ask.before";
                            case AFTER -> "packet.q.ask.after";
                        });
        return I18n.t("packet.q.claimWithoutBaseline", w.title(), lacks, ask);
    }
}
