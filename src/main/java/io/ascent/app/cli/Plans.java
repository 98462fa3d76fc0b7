package io.ascent.app.cli;

import io.ascent.domain.Plan;
import io.ascent.domain.PlanName;
import io.ascent.service.PlanService;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds plans by the name people type, which is how the command line names them: the plan with
 * exactly that name, or else the one whose name is {@link PlanName#same the same} but for case or
 * Unicode normalization (there is at most one: names are unique that way). Which one was used is
 * said on stderr when it was not an exact match.
 */
final class Plans {

    private Plans() {}

    static Plan named(PlanService plans, String name, PrintWriter err) {
        List<Plan> all = plans.plans();
        String wanted = name.strip();
        var exact = all.stream().filter(p -> p.name().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        var same = all.stream().filter(p -> PlanName.same(p.name(), wanted)).toList();
        if (same.size() == 1) {
            err.println("ascent: " + I18n.t("cli.plan.matched", same.get(0).name(), wanted));
            err.flush();
            return same.get(0);
        }
        throw new ValidationException(
                all.isEmpty()
                        ? I18n.t("cli.error.noPlans", wanted)
                        : I18n.t(
                                "cli.error.noPlan",
                                wanted,
                                all.stream().map(p -> "\"" + p.name() + "\"").collect(Collectors.joining(", "))));
    }
}
