package io.ascent.service.report;

import io.ascent.service.report.PacketReport.Cover;
import io.ascent.service.report.PacketReport.Evidence;
import io.ascent.service.report.PacketReport.Section;
import io.ascent.text.I18n;

/** The packet's lines that both writers print the same way. */
final class PacketWords {

    private PacketWords() {}

    static String route(Cover cover) {
        return I18n.t("packet.route", cover.currentLevel(), cover.targetLevel(), cover.frameworkName());
    }

    static String period(Cover cover) {
        return I18n.t("packet.period", I18n.date(cover.from()), I18n.date(cover.to()));
    }

    static String ratings(Section s) {
        return s.managerRating()
                .map(m -> I18n.t("packet.ratings", s.selfRating(), m))
                .orElseGet(() -> I18n.t("packet.selfRating", s.selfRating()));
    }

    /** "Launched onboarding v2 · 2 Oct 2026 · Day-7 retention: 31% → 36% · confirmed by your manager". */
    static String evidence(Evidence e) {
        StringBuilder line = new StringBuilder(e.title()).append(" \u00b7 ").append(I18n.date(e.date()));
        if (!e.detail().isBlank()) {
            line.append(" \u00b7 ").append(e.detail());
        }
        if (e.confirmed()) {
            line.append(" \u00b7 ").append(I18n.t("packet.confirmed"));
        }
        return line.toString();
    }
}
