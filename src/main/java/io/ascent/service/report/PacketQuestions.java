package io.ascent.service.report;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
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
                I18n.t(
                        "packet.q.claimWithoutBaseline",
                        wins.stream()
                                .filter(w -> String.valueOf(w.id()).equals(q.subjectId()))
                                .map(Win::title)
                                .findFirst()
                                .orElse(q.subjectId()));
            case QUIET_END -> I18n.t("packet.q.quietEnd", PacketPeriod.RECENT_DAYS);
            case ONLY_SELF_ATTESTED -> I18n.t("packet.q.onlySelfAttested", competency);
        };
    }
}
