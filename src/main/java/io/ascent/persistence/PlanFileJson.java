package io.ascent.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.ascent.domain.MilestoneProgress;
import io.ascent.domain.MilestoneStatus;
import io.ascent.domain.Plan;
import io.ascent.domain.PlanArchive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The plan file format (docs/plan-format.md) as Jackson reads and writes it. Kept apart from
 * the domain so the file can stay stable while the records change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "kind", "privateNotesIncluded", "plan", "progress", "ratings", "checkIns"})
record PlanFileJson(
        Integer formatVersion,
        String kind,
        Boolean privateNotesIncluded,
        PlanJson plan,
        List<ProgressJson> progress,
        List<JsonNode> ratings,
        List<JsonNode> checkIns) {

    static final int FORMAT_VERSION = 1;
    static final String KIND = "ascent-plan";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "framework", "currentLevel", "targetLevel", "specialization", "targetDate",
            "createdAt", "updatedAt"})
    record PlanJson(String name, String framework, String currentLevel, String targetLevel, String specialization,
            LocalDate targetDate, Instant createdAt, Instant updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"milestone", "status", "doneDate", "dueDate", "evidence", "notes"})
    record ProgressJson(String milestone, MilestoneStatus status, LocalDate doneDate, LocalDate dueDate,
            String evidence, String notes) {
    }

    static PlanFileJson fromDomain(PlanArchive archive, boolean notesIncluded) {
        Plan p = archive.plan();
        PlanJson plan = new PlanJson(p.name(), p.frameworkId(), p.currentLevelId(), p.targetLevelId(),
                p.specializationId(), p.targetDate().orElse(null), p.createdAt(), p.updatedAt());
        List<ProgressJson> progress = archive.progress().stream()
                .map(m -> new ProgressJson(m.milestoneId(), m.status(), m.doneDate().orElse(null),
                        m.dueDate().orElse(null), m.evidence(), notesIncluded ? m.notes() : ""))
                .toList();
        return new PlanFileJson(FORMAT_VERSION, KIND, notesIncluded, plan, progress, List.of(), List.of());
    }

    PlanArchive toDomain() {
        if (plan == null) {
            throw new IllegalArgumentException("the file has no \"plan\"");
        }
        if (plan.createdAt() == null || plan.updatedAt() == null) {
            throw new IllegalArgumentException("the plan needs \"createdAt\" and \"updatedAt\"");
        }
        Plan domainPlan = new Plan(0, plan.name(), plan.framework(), plan.currentLevel(), plan.targetLevel(),
                plan.specialization(), Optional.ofNullable(plan.targetDate()), plan.createdAt(), plan.updatedAt());
        List<MilestoneProgress> items = (progress == null ? List.<ProgressJson>of() : progress).stream()
                .map(PlanFileJson::progressToDomain).toList();
        return new PlanArchive(domainPlan, items);
    }

    private static MilestoneProgress progressToDomain(ProgressJson p) {
        if (p == null) {
            throw new IllegalArgumentException("an entry of \"progress\" is empty");
        }
        if (p.status() == null) {
            throw new IllegalArgumentException("milestone '" + p.milestone() + "' has no status");
        }
        return new MilestoneProgress(p.milestone(), p.status(), Optional.ofNullable(p.doneDate()),
                Optional.ofNullable(p.dueDate()), p.evidence(), p.notes());
    }
}
