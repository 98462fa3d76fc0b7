package io.ascent.ui.shell;

import io.ascent.domain.PlanSnapshot;
import io.ascent.text.I18n;

/**
 * The open plan's readiness as the top bar says it: short words above the bar and the bare count
 * beside it, so Spanish and Chinese fit the default window; the whole sentence is the tooltip and
 * what a screen reader says.
 */
public record ReadinessWords(double fraction, String label, String count, String sentence) {

    /** No plan open. */
    public static final ReadinessWords NONE = new ReadinessWords(0, "", "", "");

    public static ReadinessWords of(PlanSnapshot view) {
        String percent = I18n.percent(view.readiness().fraction());
        String target = view.framework()
                .level(view.plan().targetLevelId())
                .map(l -> l.title())
                .orElse("?");
        int done = view.readiness().done();
        int required = view.readiness().required();
        return new ReadinessWords(
                view.readiness().fraction(),
                I18n.t("shell.readiness.short", percent, target),
                I18n.t("shell.readiness.count", done, required),
                I18n.t("shell.readiness", percent, target, done, required));
    }
}
