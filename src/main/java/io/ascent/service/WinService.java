package io.ascent.service;

import io.ascent.domain.Competency;
import io.ascent.domain.Framework;
import io.ascent.domain.Impact;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Win;
import io.ascent.domain.WinFilter;
import io.ascent.persistence.WinRepository;
import io.ascent.persistence.files.BragDocument;
import io.ascent.persistence.files.BragEntry;
import io.ascent.persistence.files.BragFiles;
import io.ascent.persistence.files.InputLimits;
import io.ascent.text.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Logging, changing and removing a plan's wins, for the window and the command line alike. A
 * win's tags must name competencies of the plan's ladder that apply to the plan and items of the
 * ladder; an edit or removal of a win changed elsewhere meanwhile is refused
 * ({@link WinChangedException}) and changes nothing.
 */
public class WinService {

    /** The most wins one plan holds: what a plan file takes in one list. */
    public static final int MAX_WINS = InputLimits.MAX_ITEMS;

    private final WinRepository repository;
    private final Clock clock;

    public WinService(WinRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The plan's wins, newest first. */
    public List<Win> wins(long planId) {
        return repository.findByPlan(planId);
    }

    /** The plan's wins that {@code filter} matches, newest first. */
    public List<Win> wins(long planId, WinFilter filter) {
        return filter.apply(repository.findByPlan(planId));
    }

    /** Stores a new win of the open plan; returns it with its id. */
    public Win add(PlanSnapshot plan, Win win) {
        PlanService.requireEditable(plan.plan());
        checkTags(plan.framework(), plan.plan(), win, "");
        checkRoom(plan.plan().id(), 1);
        return repository.insert(plan.plan().id(), win, clock.instant());
    }

    /** Replaces {@code shown} by {@code wanted}, unless the stored win is no longer {@code shown}. */
    public Win update(PlanSnapshot plan, Win shown, Win wanted) {
        PlanService.requireEditable(plan.plan());
        checkTags(plan.framework(), plan.plan(), wanted, "");
        Optional<Win> stored = repository.update(plan.plan().id(), shown, wanted, clock.instant());
        if (stored.isEmpty() || !stored.get().equals(wanted.withId(shown.id()))) {
            throw new WinChangedException(stored);
        }
        return stored.get();
    }

    /** Removes {@code shown}, unless it was changed or removed meanwhile. */
    public void remove(Plan plan, Win shown) {
        PlanService.requireEditable(plan);
        long planId = plan.id();
        if (!repository.delete(planId, shown, clock.instant())) {
            throw new WinChangedException(
                    wins(planId).stream().filter(w -> w.id() == shown.id()).findFirst());
        }
    }

    /** The win of the plan with {@code id}, as the command line names it. */
    public Win find(long planId, long id) {
        return wins(planId).stream()
                .filter(w -> w.id() == id)
                .findFirst()
                .orElseThrow(() -> new ValidationException(I18n.t("win.error.noSuchWin", id)));
    }

    /**
     * What importing the brag document {@code file} into the open plan would add, checked whole
     * before anything is stored: every entry becomes a win (shareable, tagged with the competencies
     * it names by id or title), or the file is refused with the line and the reason.
     */
    public BragPreview previewImport(PlanSnapshot plan, Path file) {
        BragDocument document = BragFiles.read(file);
        Framework framework = plan.framework();
        List<Competency> competencies = framework.competenciesFor(plan.plan().specializationId());
        List<Win> wins = new ArrayList<>();
        for (BragEntry entry : document.entries()) {
            String where = document.where(entry.line());
            List<String> ids = new ArrayList<>();
            for (String typed : entry.competencies()) {
                ids.add(competencies.stream()
                        .filter(c -> c.id().equalsIgnoreCase(typed) || c.title().equalsIgnoreCase(typed))
                        .map(Competency::id)
                        .findFirst()
                        .orElseThrow(() -> new ValidationException(
                                where + I18n.t("win.error.competency", typed, framework.name()))));
            }
            try {
                wins.add(new Win(
                        0, entry.date(), entry.title(), entry.story(), Impact.NONE, List.of(), ids, List.of(), true));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(where + e.getMessage());
            }
        }
        return new BragPreview(document.source(), wins, document.undatedLines(), document.untitledLines());
    }

    /** Adds the wins of a preview to the open plan, all in one transaction; returns them as stored. */
    public List<Win> importWins(PlanSnapshot plan, List<Win> wins) {
        PlanService.requireEditable(plan.plan());
        for (Win win : wins) {
            checkTags(plan.framework(), plan.plan(), win, "");
        }
        checkRoom(plan.plan().id(), wins.size());
        return repository.insertAll(plan.plan().id(), wins, clock.instant());
    }

    /**
     * Refuses adding {@code adding} wins when the plan would then hold more than a plan file takes
     * ({@link InputLimits#MAX_ITEMS}): every plan Ascent keeps can be exported and imported again.
     */
    private void checkRoom(long planId, int adding) {
        int held = repository.findByPlan(planId).size();
        if (held + adding > MAX_WINS) {
            throw new ValidationException(I18n.t("win.error.planFull", held, adding, MAX_WINS));
        }
    }

    /**
     * Refuses a win whose tags name a competency that is not the ladder's or does not apply to
     * the plan, or a milestone that is not the ladder's or belongs to such a competency. One rule
     * for logging, editing and plan files ({@code source} prefixes the message, e.g. the file's
     * name; empty for the user's own input).
     */
    public static void checkTags(Framework framework, Plan plan, Win win, String source) {
        String prefix = source.isEmpty() ? "" : source + ": ";
        for (String id : win.competencyIds()) {
            if (!appliesCompetency(framework, plan, id)) {
                throw new ValidationException(prefix + I18n.t("win.error.competency", id, framework.name()));
            }
        }
        for (String id : win.milestoneIds()) {
            if (!appliesMilestone(framework, plan, id)) {
                throw new ValidationException(prefix + I18n.t("win.error.milestone", id, framework.name()));
            }
        }
    }

    /**
     * {@code win} with only the tags that apply to {@code plan} ({@link #checkTags}): a win carried
     * to the next plan keeps the competencies of that plan's specialization and their milestones.
     */
    public static Win stillApplying(Framework framework, Plan plan, Win win) {
        return win.withTags(
                win.competencyIds().stream()
                        .filter(id -> appliesCompetency(framework, plan, id))
                        .toList(),
                win.milestoneIds().stream()
                        .filter(id -> appliesMilestone(framework, plan, id))
                        .toList());
    }

    private static boolean appliesCompetency(Framework framework, Plan plan, String competencyId) {
        return framework
                .competency(competencyId)
                .filter(c -> c.appliesTo(plan.specializationId()))
                .isPresent();
    }

    private static boolean appliesMilestone(Framework framework, Plan plan, String itemId) {
        return framework
                .item(itemId)
                .filter(m -> appliesCompetency(framework, plan, m.competencyId()))
                .isPresent();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
