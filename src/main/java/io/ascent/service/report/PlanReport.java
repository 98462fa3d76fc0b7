package io.ascent.service.report;

import io.ascent.domain.Milestone;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Readiness;
import io.ascent.domain.text.NeedWords;
import io.ascent.domain.text.StatusText;
import io.ascent.text.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The content of a printed development plan, independent of how it is laid out: the PDF and
 * the Markdown export are both written from one of these, so they always say the same thing.
 * Private notes are only present when the user asked to include them. The manager review is
 * present once the plan has imported one. Only shareable wins are ever present.
 */
public record PlanReport(
        Cover cover,
        Readiness readiness,
        Summary summary,
        List<GapRow> gaps,
        List<StepGroup> nextSteps,
        List<CompetencySection> competencies,
        List<EvidenceEntry> evidence,
        boolean notesIncluded,
        List<NoteEntry> notes,
        List<ResourceEntry> resources,
        Optional<ReportReview> review,
        List<WinEntry> wins) {

    public PlanReport {
        review = review == null ? Optional.empty() : review;
        gaps = List.copyOf(gaps);
        nextSteps = List.copyOf(nextSteps);
        competencies = List.copyOf(competencies);
        evidence = List.copyOf(evidence);
        notes = notesIncluded ? List.copyOf(notes) : List.of();
        resources = List.copyOf(resources);
        wins = wins == null ? List.of() : List.copyOf(wins);
    }

    /** A report without wins. */
    public PlanReport(
            Cover cover,
            Readiness readiness,
            Summary summary,
            List<GapRow> gaps,
            List<StepGroup> nextSteps,
            List<CompetencySection> competencies,
            List<EvidenceEntry> evidence,
            boolean notesIncluded,
            List<NoteEntry> notes,
            List<ResourceEntry> resources,
            Optional<ReportReview> review) {
        this(
                cover,
                readiness,
                summary,
                gaps,
                nextSteps,
                competencies,
                evidence,
                notesIncluded,
                notes,
                resources,
                review,
                List.of());
    }

    /** What the cover page says about the plan. */
    public record Cover(
            String planName,
            String frameworkName,
            String currentLevel,
            String targetLevel,
            String specialization,
            Optional<LocalDate> targetDate,
            LocalDate printedOn,
            Optional<LocalDate> reachedOn) {}

    /**
     * The figures of the summary, as the dashboard shows them: estimated level, pace and
     * projection, and the radar's axes (levels counted from 1 at the bottom of the ladder).
     */
    public record Summary(
            String estimatedLevel,
            int rated,
            int competencyCount,
            String pace,
            String projection,
            List<RadarAxis> radar,
            List<String> levels,
            boolean resourcesForGaps) {
        public Summary {
            radar = List.copyOf(radar);
            levels = List.copyOf(levels);
        }
    }

    /** One spoke of the radar: a competency's name (whole: the chart shortens it), current and target level, from 1. */
    public record RadarAxis(String label, int current, int target) {}

    /** One row of the gap table. */
    public record GapRow(
            String competency,
            String current,
            boolean rated,
            String target,
            int gap,
            Readiness readiness,
            String justification) {}

    /** "Next 30 days", "Next 60 days", "Next 90 days" with their milestones. */
    public record StepGroup(String title, List<StepEntry> steps) {
        public StepGroup {
            steps = List.copyOf(steps);
        }
    }

    /** A next milestone, with its due date or, when it has none, a suggested one. */
    public record StepEntry(
            String milestoneId, String title, String competency, String reason, LocalDate due, boolean suggested) {

        public String dueText() {
            return I18n.t(suggested ? "report.step.suggested" : "report.step.due", date(due));
        }
    }

    /** One competency's items in checklist order, with its own readiness (required slots). */
    public record CompetencySection(
            String id, String area, String title, Readiness readiness, List<ChecklistItem> items) {
        public CompetencySection {
            items = List.copyOf(items);
        }

        /** "1 of 3 done", or "1 of 2 done, 2 of 3 needed" when some items are alternatives. */
        public String countText() {
            return NeedWords.of(readiness, items.size());
        }
    }

    /**
     * One line of the checklist; {@code kind} tells a framework milestone from a cell's implicit
     * "meets the expectation" item and from a milestone of the user's own.
     */
    public record ChecklistItem(
            String milestoneId,
            String title,
            String level,
            MilestoneStatus status,
            Optional<LocalDate> doneDate,
            Optional<LocalDate> dueDate,
            Milestone.Kind kind) {

        /** Whether this is a cell's expectation rather than a milestone. */
        public boolean expectation() {
            return kind == Milestone.Kind.EXPECTATION;
        }

        /** The level, marked when the item is a cell's expectation or a milestone of the user's own. */
        public String levelText() {
            return switch (kind) {
                case EXPECTATION -> I18n.t("report.checklist.expectation", level);
                case OWN -> I18n.t("report.checklist.own", level);
                case FRAMEWORK -> level;
            };
        }

        /** "Done May 12, 2026", "In progress, due Jun 1, 2026", "To do", in the user's language. */
        public String statusText() {
            if (status == MilestoneStatus.DONE) {
                return doneDate.map(PlanReport::doneOn).orElse(StatusText.of(status));
            }
            return dueDate.map(d -> I18n.t("report.checklist.dueOn", StatusText.of(status), date(d)))
                    .orElse(StatusText.of(status));
        }
    }

    /** What a completed milestone is shown with; evidence may be empty. */
    public record EvidenceEntry(
            String milestoneTitle,
            String competency,
            Optional<LocalDate> doneDate,
            String evidence,
            List<String> links,
            List<String> wins) {
        public EvidenceEntry {
            links = List.copyOf(links);
            wins = List.copyOf(wins);
        }
    }

    /** A shareable win as printed: its date, title, story, impact in words and competency titles. */
    public record WinEntry(LocalDate date, String title, String story, String impact, List<String> competencies) {
        public WinEntry {
            competencies = List.copyOf(competencies);
        }

        /** "Oct 2, 2026 — Launched onboarding v2", as a milestone's evidence names it. */
        public String line() {
            return I18n.date(date) + " \u2014 " + title;
        }
    }

    /** A private note on a milestone. */
    public record NoteEntry(String milestoneTitle, String competency, String notes) {}

    /** A book, course or article, with the plan's competencies it builds. */
    public record ResourceEntry(String title, String author, String kind, String url, List<String> builds) {
        public ResourceEntry {
            builds = List.copyOf(builds);
        }
    }

    /** Dates as printed everywhere in the document, in the user's locale, e.g. "May 12, 2026". */
    public static String date(LocalDate date) {
        return I18n.date(date);
    }

    /** "Done May 12, 2026". */
    public static String doneOn(LocalDate date) {
        return I18n.t("report.doneOn", date(date));
    }

    /**
     * A resource's kind for print: the usual ones (book, course, article, video, podcast) in the
     * user's language, any other as the framework wrote it, capitalized.
     */
    public static String kind(String kind) {
        String plain = kind.strip();
        return switch (plain.toLowerCase(Locale.ROOT)) {
            case "" -> "";
            case "book" -> I18n.t("report.kind.book");
            case "course" -> I18n.t("report.kind.course");
            case "article" -> I18n.t("report.kind.article");
            case "video" -> I18n.t("report.kind.video");
            case "podcast" -> I18n.t("report.kind.podcast");
            default -> plain.substring(0, 1).toUpperCase(I18n.locale()) + plain.substring(1);
        };
    }

    /** "43%" in the user's locale. */
    public static String percent(Readiness readiness) {
        return I18n.percent(readiness.fraction());
    }

    public String targetDateText() {
        return cover.targetDate().map(PlanReport::date).orElse(I18n.t("report.targetDate.none"));
    }

    /** "Reached on May 12, 2026", for a plan whose target was reached; empty otherwise. */
    public Optional<String> reachedText() {
        return cover.reachedOn().map(d -> I18n.t("report.reachedOn", date(d)));
    }

    public String readinessText() {
        return I18n.t(
                "report.readiness", percent(readiness), cover.targetLevel(), readiness.done(), readiness.required());
    }
}
