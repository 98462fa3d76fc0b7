package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.ascent.domain.CheckIn;
import io.ascent.domain.InputRules;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.Rating;
import io.ascent.domain.Readiness;
import io.ascent.text.I18n;
import java.time.Instant;
import java.time.LocalDate;
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
@JsonPropertyOrder({"formatVersion", "kind", "privateNotesIncluded", "plan", "progress", "ratings", "checkIns", "rhythm"
})
record PlanFileJson(
        Integer formatVersion,
        String kind,
        Boolean privateNotesIncluded,
        PlanJson plan,
        List<ProgressJson> progress,
        List<RatingJson> ratings,
        List<CheckInJson> checkIns,
        RhythmJson rhythm) {

    static final int FORMAT_VERSION = 1;
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
        "updatedAt"
    })
    record PlanJson(
            String name,
            String framework,
            String currentLevel,
            String targetLevel,
            String specialization,
            LocalDate targetDate,
            Instant createdAt,
            Instant updatedAt) {}

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
                p.updatedAt());
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
        return new PlanFileJson(
                FORMAT_VERSION,
                KIND,
                notesIncluded,
                plan,
                progress,
                ratings,
                checkIns,
                RhythmJson.fromDomain(archive.rhythm()));
    }

    PlanArchive toDomain() {
        if (plan == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.noPlan"));
        }
        if (plan.createdAt() == null || plan.updatedAt() == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.noTimes"));
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
                inRange(plan.updatedAt(), "updatedAt"));
        List<MilestoneProgress> items = (progress == null ? List.<ProgressJson>of() : progress)
                .stream().map(PlanFileJson::progressToDomain).toList();
        List<Rating> domainRatings =
                list(ratings).stream().map(PlanFileJson::ratingToDomain).toList();
        List<CheckIn> domainCheckIns =
                list(checkIns).stream().map(PlanFileJson::checkInToDomain).toList();
        return new PlanArchive(domainPlan, items, domainRatings, domainCheckIns, RhythmJson.toDomain(rhythm));
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
