package io.ascent.service;

import io.ascent.domain.Framework;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanInsights;
import io.ascent.domain.PlanSnapshot;
import io.ascent.domain.Rating;
import io.ascent.domain.Replacements;
import io.ascent.domain.Specializations;
import io.ascent.domain.Win;
import io.ascent.domain.review.ReceivedReview;
import io.ascent.persistence.PlanRepository;
import io.ascent.persistence.files.Exports;
import io.ascent.persistence.files.PlanFiles;
import io.ascent.service.report.MarkdownPlanWriter;
import io.ascent.service.report.PdfPlanWriter;
import io.ascent.service.report.PlanReport;
import io.ascent.service.report.PlanReportBuilder;
import io.ascent.text.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes plans out of the database and brings them back: the printed development plan (PDF,
 * Markdown) and the plan file (JSON). Private notes leave the machine only when asked for.
 */
public class ExportService {

    private final PlanService plans;
    private final PlanRepository repository;
    private final FrameworkService frameworks;
    private final AssessmentService assessments;
    private final CheckInService checkIns;
    private final WinService wins;
    private final RhythmService rhythms;
    private final Clock clock;
    private final Function<Long, Optional<ReceivedReview>> reviews;
    private final List<Path> keepOut;
    // Built on first use: its JSON mapper loads hundreds of classes that start-up never needs.
    private PlanFiles files;

    public ExportService(
            PlanService plans,
            PlanRepository repository,
            FrameworkService frameworks,
            AssessmentService assessments,
            CheckInService checkIns,
            WinService wins,
            RhythmService rhythms,
            Clock clock,
            List<Path> keepOut) {
        this(
                plans,
                repository,
                frameworks,
                assessments,
                checkIns,
                wins,
                rhythms,
                clock,
                keepOut,
                planId -> Optional.empty());
    }

    /** {@code reviews} gives a plan's current manager review, for the printed plan's "Manager review". */
    public ExportService(
            PlanService plans,
            PlanRepository repository,
            FrameworkService frameworks,
            AssessmentService assessments,
            CheckInService checkIns,
            WinService wins,
            RhythmService rhythms,
            Clock clock,
            List<Path> keepOut,
            Function<Long, Optional<ReceivedReview>> reviews) {
        this.reviews = reviews;
        this.plans = plans;
        this.repository = repository;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.checkIns = checkIns;
        this.wins = wins;
        this.rhythms = rhythms;
        this.clock = clock;
        this.keepOut = List.copyOf(keepOut);
    }

    private synchronized PlanFiles files() {
        if (files == null) {
            files = new PlanFiles();
        }
        return files;
    }

    /** The content of the plan's printed document as of today, with the dashboard's figures. */
    public PlanReport report(long planId, boolean includeNotes) {
        PlanSnapshot view = plans.open(planId);
        PlanInsights insights = PlanInsights.of(view, assessments.ratings(planId), clock);
        return PlanReportBuilder.build(
                insights,
                LocalDate.now(clock),
                includeNotes,
                reviews.apply(planId),
                clock.getZone(),
                wins.wins(planId));
    }

    public byte[] render(long planId, ExportFormat format, boolean includeNotes) {
        return switch (format) {
            case PDF -> new PdfPlanWriter().write(report(planId, includeNotes));
            case MD ->
                new MarkdownPlanWriter().write(report(planId, includeNotes)).getBytes(StandardCharsets.UTF_8);
            case JSON -> files().write(archive(planId), includeNotes).getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * Whether {@code target} exists (and would be replaced); refuses, before anything is made, a
     * target no export may write: the database and its files, a folder, a device, a pipe.
     */
    public boolean targetExists(Path target) {
        return Exports.check(target, keepOut);
    }

    /**
     * Writes the plan to {@code target} whole, or leaves it as it was and says why. An existing
     * file is replaced only when {@code replace} says so (the user was asked, or gave --force).
     */
    public void export(long planId, ExportFormat format, Path target, boolean includeNotes, boolean replace) {
        if (Exports.check(target, keepOut) && !replace) {
            throw new ValidationException(I18n.t("export.error.exists", target.toAbsolutePath()));
        }
        Exports.write(target, render(planId, format, includeNotes), replace, keepOut);
    }

    public PlanArchive archive(long planId) {
        Plan plan = repository.findById(planId).orElseThrow(() -> new ValidationException(I18n.t("error.planGone")));
        return new PlanArchive(
                plan,
                new ArrayList<>(repository.progress(planId).values()),
                new ArrayList<>(assessments.ratings(planId).values()),
                checkIns.history(planId),
                repository.ownMilestones(planId),
                wins.wins(planId),
                rhythms.rhythm(planId));
    }

    /**
     * Imports a plan file as a new plan, optionally under another name. A file that is
     * malformed, from a newer Ascent, for a framework that is not installed, or whose name is
     * taken is refused with the reason, and the database is left as it was.
     */
    public Plan importPlan(Path file, Optional<String> newName) {
        PlanArchive archive = files().read(file);
        if (newName.isPresent()) {
            try {
                archive = archive.renamed(newName.get());
            } catch (IllegalArgumentException e) {
                throw new ValidationException(e.getMessage());
            }
        }
        return repository.importArchive(checked(archive, String.valueOf(file.getFileName())));
    }

    /**
     * The archive as it can be stored, or why not. A file written with an earlier edition of its
     * ladder has its progress moved to the milestones that replaced retired ones, as the database's
     * is ({@link Replacements}); its check-ins stay as they were taken.
     */
    private PlanArchive checked(PlanArchive written, String source) {
        Plan plan = written.plan();
        Framework framework = frameworks
                .framework(plan.frameworkId())
                .orElseThrow(
                        () -> new ValidationException(I18n.t("planFile.error.framework", source, plan.frameworkId())));
        PlanArchive archive = written.withProgress(Replacements.of(framework).carried(written.progress()));
        for (String level : new String[] {plan.currentLevelId(), plan.targetLevelId()}) {
            if (framework.level(level).isEmpty()) {
                throw new ValidationException(I18n.t("planFile.error.level", source, level, framework.name()));
            }
        }
        if (framework.level(plan.targetLevelId()).orElseThrow().rank()
                <= framework.level(plan.currentLevelId()).orElseThrow().rank()) {
            throw new ValidationException(I18n.t("planFile.error.target", source));
        }
        try {
            Specializations.resolve(framework, Optional.of(plan.specializationId()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(source + ": " + e.getMessage());
        }
        for (OwnMilestone own : archive.ownMilestones()) {
            if (framework.competency(own.competencyId()).isEmpty()
                    || framework.level(own.levelId()).isEmpty()) {
                throw new ValidationException(I18n.t(
                        "planFile.error.own", source, own.id(), own.competencyId(), own.levelId(), framework.name()));
            }
        }
        Set<String> ownIds =
                archive.ownMilestones().stream().map(OwnMilestone::id).collect(Collectors.toSet());
        archive.progress().forEach(p -> {
            if (!framework.isItem(p.milestoneId()) && !ownIds.contains(p.milestoneId())) {
                throw new ValidationException(
                        I18n.t("planFile.error.milestone", source, p.milestoneId(), framework.name()));
            }
        });
        // A rating of a competency outside the plan's specialization stays from before the plan
        // changed specialization ("Edit plan"); it travels with the plan, out of sight.
        for (Rating rating : archive.ratings()) {
            if (framework.competency(rating.competencyId()).isEmpty()
                    || framework.level(rating.levelId()).isEmpty()) {
                throw new ValidationException(I18n.t(
                        "planFile.error.rating", source, rating.competencyId(), rating.levelId(), framework.name()));
            }
        }
        for (Win win : archive.wins()) {
            WinService.checkTags(framework, plan, win, source);
        }
        plans.requireFreeName(plan.name(), 0);
        return archive;
    }
}
