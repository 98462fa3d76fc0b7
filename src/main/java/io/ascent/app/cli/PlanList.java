package io.ascent.app.cli;

import io.ascent.domain.Framework;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Specializations;
import io.ascent.persistence.PersistenceException;
import io.ascent.service.PlanService;
import io.ascent.service.ValidationException;
import io.ascent.service.report.PlanReport;
import io.ascent.text.I18n;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code plan list}: one row per plan. A plan that cannot be opened (its framework is missing) or
 * has values that cannot be read is listed as damaged, by name, with why on stderr; every other
 * plan is listed as usual.
 */
final class PlanList {

    private PlanList() {}

    static void print(PlanService plans, PrintWriter out, PrintWriter err) {
        List<Plan> all = plans.plans();
        if (all.isEmpty()) {
            out.println(I18n.t(
                    "cli.plan.none",
                    "ascent plan create --name NAME --level pm --target senior-pm --specialization growth"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                PlanCommand.upper("cli.column.name"),
                PlanCommand.upper("cli.column.level"),
                PlanCommand.upper("report.column.target"),
                PlanCommand.upper("report.label.specialization"),
                PlanCommand.upper("report.column.readiness")));
        for (Plan plan : all) {
            rows.add(row(plans, plan, err));
        }
        Columns.table("", rows).forEach(out::println);
        err.flush();
    }

    private static List<String> row(PlanService plans, Plan plan, PrintWriter err) {
        try {
            PlanSnapshot view = plans.open(plan.id());
            Framework f = view.framework();
            String readiness = I18n.t(
                            "report.gaps.figures",
                            PlanReport.percent(view.readiness()),
                            view.readiness().done(),
                            view.readiness().required())
                    + plan.reachedOn()
                            .map(d -> I18n.t("common.clauseSeparator") + I18n.t("cli.plan.reachedOn", I18n.date(d)))
                            .orElse("");
            boolean damaged = warnAboutDamage(plans, plan, err);
            return List.of(
                    plan.name(),
                    f.level(plan.currentLevelId()).map(l -> l.title()).orElse(plan.currentLevelId()),
                    f.level(plan.targetLevelId()).map(l -> l.title()).orElse(plan.targetLevelId()),
                    Specializations.shown(f, plan.specializationId()).title(),
                    damaged ? readiness + " " + I18n.t("cli.plan.damagedMark") : readiness);
        } catch (ValidationException | PersistenceException e) {
            err.println("ascent: " + I18n.t("cli.plan.cannotOpen", plan.name(), Cli.firstLine(e.getMessage())));
            return List.of(
                    plan.name(),
                    plan.currentLevelId(),
                    plan.targetLevelId(),
                    plan.specializationId(),
                    I18n.t("cli.plan.damagedMark"));
        }
    }

    /** Says on stderr which of the plan's values cannot be read; true if any cannot. */
    static boolean warnAboutDamage(PlanService plans, Plan plan, PrintWriter err) {
        List<String> damage = plans.damage(plan.id());
        if (!damage.isEmpty()) {
            err.println("ascent: " + I18n.t("cli.plan.damaged", plan.name(), String.join("; ", damage)));
            err.flush();
        }
        return !damage.isEmpty();
    }
}
