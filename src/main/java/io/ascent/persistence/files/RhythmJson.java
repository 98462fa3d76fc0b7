package io.ascent.persistence.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.ascent.domain.ActionItem;
import io.ascent.domain.Cadence;
import io.ascent.domain.InputRules;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import io.ascent.domain.PlanRhythm;
import io.ascent.text.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A plan's rhythm in the plan file ({@code $.rhythm}, docs/plan-format.md): its cadence when not
 * the default, its 1:1s and the questions for the next one. The 1:1s' text and the questions are
 * private: without private notes a 1:1 keeps only its date, and the questions stay home.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cadence", "oneOnOnes", "nextQuestions"})
record RhythmJson(CadenceJson cadence, List<OneOnOneJson> oneOnOnes, List<QuestionJson> nextQuestions) {

    /** {@code oneOnOneWeeks} absent: the plan has no 1:1s. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"checkInWeeks", "oneOnOneWeeks", "reviewMonths"})
    record CadenceJson(Integer checkInWeeks, Integer oneOnOneWeeks, Integer reviewMonths) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"heldOn", "agenda", "decisions", "actionItems"})
    record OneOnOneJson(LocalDate heldOn, String agenda, List<String> decisions, List<ActionJson> actionItems) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "due", "milestone"})
    record ActionJson(String text, LocalDate due, String milestone) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "addedAt"})
    record QuestionJson(String text, Instant addedAt) {}

    /** The rhythm as written, or null (left out of the file) when there is nothing to say. */
    static RhythmJson fromDomain(PlanRhythm rhythm, boolean notesIncluded) {
        Cadence c = rhythm.cadence();
        CadenceJson cadence = c.isDefault()
                ? null
                : new CadenceJson(c.checkInWeeks(), c.oneOnOneWeeks().orElse(null), c.reviewMonths());
        List<OneOnOneJson> meetings = rhythm.oneOnOnes().stream()
                .map(m -> notesIncluded
                        ? new OneOnOneJson(
                                m.heldOn(),
                                m.agenda(),
                                m.decisions(),
                                m.actionItems().stream()
                                        .map(a -> new ActionJson(
                                                a.text(),
                                                a.due().orElse(null),
                                                a.milestoneId().orElse(null)))
                                        .toList())
                        : new OneOnOneJson(m.heldOn(), "", List.of(), List.of()))
                .toList();
        List<QuestionJson> questions = notesIncluded
                ? rhythm.questions().stream()
                        .map(q -> new QuestionJson(q.text(), q.addedAt()))
                        .toList()
                : List.of();
        if (cadence == null && meetings.isEmpty() && questions.isEmpty()) {
            return null;
        }
        return new RhythmJson(cadence, meetings.isEmpty() ? null : meetings, questions.isEmpty() ? null : questions);
    }

    static PlanRhythm toDomain(RhythmJson json) {
        if (json == null) {
            return PlanRhythm.DEFAULT;
        }
        Cadence cadence = Cadence.DEFAULT;
        if (json.cadence() != null) {
            CadenceJson c = json.cadence();
            if (c.checkInWeeks() == null || c.reviewMonths() == null) {
                throw new IllegalArgumentException(I18n.t("plan.msg.cadenceFields"));
            }
            cadence = new Cadence(c.checkInWeeks(), Optional.ofNullable(c.oneOnOneWeeks()), c.reviewMonths());
        }
        List<OneOnOne> meetings =
                list(json.oneOnOnes()).stream().map(RhythmJson::meetingToDomain).toList();
        List<NextQuestion> questions = list(json.nextQuestions()).stream()
                .map(q -> {
                    if (q == null || q.addedAt() == null) {
                        throw new IllegalArgumentException(I18n.t("plan.msg.questionFields"));
                    }
                    return new NextQuestion(
                            0, q.text(), InputRules.requireInstantInRange(q.addedAt(), "input.field.addedAt"));
                })
                .toList();
        return new PlanRhythm(cadence, meetings, questions);
    }

    private static OneOnOne meetingToDomain(OneOnOneJson m) {
        if (m == null || m.heldOn() == null) {
            throw new IllegalArgumentException(I18n.t("plan.msg.oneOnOneFields"));
        }
        List<ActionItem> actions = list(m.actionItems()).stream()
                .map(a -> {
                    if (a == null) {
                        throw new IllegalArgumentException(I18n.t("plan.msg.emptyEntry", "actionItems"));
                    }
                    return new ActionItem(a.text(), Optional.ofNullable(a.due()), Optional.ofNullable(a.milestone()));
                })
                .toList();
        return new OneOnOne(0, m.heldOn(), m.agenda(), list(m.decisions()), actions);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
