package io.ascent.app.cli;

import io.ascent.domain.Plan;
import io.ascent.service.PlanService;
import io.ascent.service.ValidationException;
import io.ascent.text.I18n;
import java.util.List;
import java.util.stream.Collectors;

/** Finds plans by the name people type, which is how the command line names them. */
final class Plans {

    private Plans() {}

    static Plan named(PlanService plans, String name) {
        List<Plan> all = plans.plans();
        String wanted = name.strip();
        return all.stream()
                .filter(p -> p.name().equals(wanted))
                .findFirst()
                .or(() -> all.stream()
                        .filter(p -> p.name().equalsIgnoreCase(wanted))
                        .findFirst())
                .orElseThrow(() -> new ValidationException(
                        all.isEmpty()
                                ? I18n.t("cli.error.noPlans", wanted)
                                : I18n.t(
                                        "cli.error.noPlan",
                                        wanted,
                                        all.stream()
                                                .map(p -> "\"" + p.name() + "\"")
                                                .collect(Collectors.joining(", ")))));
    }
}
