package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.ascent.domain.CheckIn;
import io.ascent.domain.Impact;
import io.ascent.domain.InputRules;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.OwnMilestone;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.Rating;
import io.ascent.domain.Readiness;
import io.ascent.domain.Win;
import io.ascent.text.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The plan file format (docs/plan-format.md) as Jackson reads and writes it. Kept apart from
 * the domain so the file can stay stable while the records change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "formatVersion",
    "kind",
    "privateNotesIncluded",
    "plan",
    "ownMilestones",
    "progress",
    "ratings",
    "checkIns",
    "wins",
    "rhythm"
})
record PlanFileJson(
        Integer formatVersion,
        String kind,
        Boolean privateNotesIncluded,
        PlanJson plan,
        List<OwnMilestoneJson> ownMilestones,
        List<ProgressJson> progress,
        List<RatingJson> ratings,
        List<CheckInJson> checkIns,
        List<WinJson> wins,
        RhythmJson rhythm) {

    /** The newest version this build reads; it writes version 1 when a plan needs nothing newer. */
    static final int FORMAT_VERSION = 2;

    /** Version 1: no own milestones, no reached date (docs/plan-format.md). */
    static final int FIRST_VERSION = 1;

    static final String KIND = "ascent-plan";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "name",
        "framework",
        "currentLevel",
        "targetLevel",
        "specialization",
        "targetDate",
        "createdAt",
        "updatedAt",
        "reachedOn"
    })
    record PlanJson(
            String name,
            String framework,
            String currentLevel,
            String targetLevel,
            String specialization,
            LocalDate targetDate,
            Instant createdAt,
            Instant updatedAt,
            LocalDate reachedOn) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "competency", "level", "title", "description", "optional", "addedAt"})
    record OwnMilestoneJson(
            String id,
            String competency,
            String level,
            String title,
            String description,
            Boolean optional,
            Instant addedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"milestone", "status", "doneDate", "dueDate", "evidence", "notes", "links"})
    record ProgressJson(
            String milestone,
            MilestoneStatus status,
            LocalDate doneDate,
            LocalDate dueDate,
            String evidence,
            String notes,
            List<String> links) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"competency", "level", "justification"})
    record RatingJson(String competency, String level, String justification) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"takenAt", "done", "required", "ratings", "doneMilestones", "note"})
    record CheckInJson(
            Instant takenAt,
            Integer done,
            Integer required,
            Map<String, String> ratings,
            List<String> doneMilestones,
            String note) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "date",
        "title",
        "story",
        "metric",
        "before",
        "after",
        "share",
        "links",
        "competencies",
        "milestones",
        "shareable"
    })
    record WinJson(
            LocalDate date,
            String title,
            String story,
            String metric,
            String before,
            String after,
            String share,
            List<String> links,
            List<String> competencies,
            List<String> milestones,
            Boolean shareable) {}

    static PlanFileJson fromDomain(PlanArchive archive, boolean notesIncluded) {
        Plan p = archive.plan();
        PlanJson plan = new PlanJson(
                p.name(),
                p.frameworkId(),
                p.currentLevelId(),
                p.targetLevelId(),
                p.specializationId(),
                p.targetDate().orElse(null),
                p.createdAt(),
                p.updatedAt(),
                p.reachedOn().orElse(null));
        List<OwnMilestoneJson> own = archive.ownMilestones().stream()
                .map(m -> new OwnMilestoneJson(
                        m.id(), m.competencyId(), m.levelId(), m.title(), m.description(), m.optional(), m.addedAt()))
                .toList();
        List<ProgressJson> progress = archive.progress().stream()
                .map(m -> new ProgressJson(
                        m.milestoneId(),
                        m.status(),
                        m.doneDate().orElse(null),
                        m.dueDate().orElse(null),
                        m.evidence(),
                        notesIncluded ? m.notes() : "",
                        m.links()))
                .toList();
        List<RatingJson> ratings = archive.ratings().stream()
                .map(r -> new RatingJson(r.competencyId(), r.levelId(), r.justification()))
                .toList();
        List<CheckInJson> checkIns = archive.checkIns().stream()
                .map(c -> new CheckInJson(
                        c.takenAt(),
                        c.readiness().done(),
                        c.readiness().required(),
                        new TreeMap<>(c.ratings()),
                        c.doneMilestoneIds().stream().sorted().toList(),
                        notesIncluded ? c.note() : ""))
                .toList();
        // Version 1 when it says everything, so an older Ascent still reads plans that need nothing newer.
        List<WinJson> wins =
                archive.wins().stream().map(PlanFileJson::winToJson).toList();
        RhythmJson rhythmJson = RhythmJson.fromDomain(archive.rhythm(), notesIncluded);
        boolean firstSuffices = own.isEmpty() && p.reachedOn().isEmpty() && wins.isEmpty() && rhythmJson == null;
        return new PlanFileJson(
                firstSuffices ? FIRST_VERSION : FORMAT_VERSION,
                KIND,
                notesIncluded,
                plan,
                own.isEmpty() ? null : own,
                progress,
                ratings,
                checkIns,
                wins.isEmpty() ? null : wins,
                rhythmJson);
    }

    PlanArchive toDomain() {
        if (plan == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.noPlan"));
        }
        if (plan.createdAt() == null || plan.updatedAt() == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.noTimes"));
        }
        if (formatVersion != null && formatVersion < FORMAT_VERSION) {
            if (ownMilestones != null) {
                throw new IllegalArgumentException(I18n.t("fw.msg.needsFormat2", "$.ownMilestones"));
            }
            if (plan.reachedOn() != null) {
                throw new IllegalArgumentException(I18n.t("fw.msg.needsFormat2", "$.plan.reachedOn"));
            }
            if (wins != null) {
                throw new IllegalArgumentException(I18n.t("fw.msg.needsFormat2", "$.wins"));
            }
            if (rhythm != null) {
                throw new IllegalArgumentException(I18n.t("fw.msg.needsFormat2", "$.rhythm"));
            }
        }
        Plan domainPlan = new Plan(
                0,
                plan.name(),
                plan.framework(),
                plan.currentLevel(),
                plan.targetLevel(),
                plan.specialization(),
                Optional.ofNullable(plan.targetDate()),
                inRange(plan.createdAt(), "createdAt"),
                inRange(plan.updatedAt(), "updatedAt"),
                Optional.ofNullable(plan.reachedOn()));
        List<MilestoneProgress> items = (progress == null ? List.<ProgressJson>of() : progress)
                .stream().map(PlanFileJson::progressToDomain).toList();
        List<Rating> domainRatings =
                list(ratings).stream().map(PlanFileJson::ratingToDomain).toList();
        List<CheckIn> domainCheckIns =
                list(checkIns).stream().map(PlanFileJson::checkInToDomain).toList();
        List<OwnMilestone> own =
                list(ownMilestones).stream().map(PlanFileJson::ownToDomain).toList();
        List<Win> domainWins =
                list(wins).stream().map(PlanFileJson::winToDomain).toList();
        return new PlanArchive(
                domainPlan, items, domainRatings, domainCheckIns, own, domainWins, RhythmJson.toDomain(rhythm));
    }

    private static OwnMilestone ownToDomain(OwnMilestoneJson m) {
        if (m == null || m.addedAt() == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.ownFields"));
        }
        return new OwnMilestone(
                m.id(),
                m.competency(),
                m.level(),
                m.title(),
                m.description(),
                Boolean.TRUE.equals(m.optional()),
                inRange(m.addedAt(), "addedAt"));
    }

    /** Times far outside a career (year 0, year 20000) are refused rather than stored. */
    private static Instant inRange(Instant instant, String field) {
        return InputRules.requireInstantInRange(instant, "input.field." + field);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static Rating ratingToDomain(RatingJson r) {
        if (r == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.emptyEntry", "ratings"));
        }
        return new Rating(r.competency(), r.level(), r.justification());
    }

    private static CheckIn checkInToDomain(CheckInJson c) {
        if (c == null || c.takenAt() == null || c.done() == null || c.required() == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.checkInFields"));
        }
        return new CheckIn(
                0,
                0,
                inRange(c.takenAt(), "takenAt"),
                c.ratings() == null ? Map.of() : c.ratings(),
                new Readiness(c.done(), c.required()),
                new LinkedHashSet<>(c.doneMilestones() == null ? List.of() : c.doneMilestones()),
                c.note());
    }

    private static WinJson winToJson(Win w) {
        Impact i = w.impact();
        return new WinJson(
                w.date(),
                w.title(),
                w.story(),
                i.metric(),
                i.before(),
                i.after(),
                i.share(),
                w.links(),
                w.competencyIds(),
                w.milestoneIds(),
                w.shareable());
    }

    private static Win winToDomain(WinJson w) {
        if (w == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.emptyEntry", "wins"));
        }
        List<String> missing = new ArrayList<>();
        if (w.date() == null) {
            missing.add("\"date\"");
        }
        if (w.shareable() == null) {
            missing.add("\"shareable\"");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    I18n.t("plan.msg.winFields", String.valueOf(w.title()), String.join(", ", missing)));
        }
        return new Win(
                0,
                w.date(),
                w.title(),
                w.story(),
                new Impact(w.metric(), w.before(), w.after(), w.share()),
                list(w.links()),
                list(w.competencies()),
                list(w.milestones()),
                w.shareable());
    }

    private static MilestoneProgress progressToDomain(ProgressJson p) {
        if (p == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.emptyEntry", "progress"));
        }
        if (p.status() == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.noStatus", String.valueOf(p.milestone())));
        }
        return new MilestoneProgress(
                p.milestone(),
                p.status(),
                Optional.ofNullable(p.doneDate()),
                Optional.ofNullable(p.dueDate()),
                p.evidence(),
                p.notes(),
                p.links() == null ? List.of() : p.links());
    }
}
