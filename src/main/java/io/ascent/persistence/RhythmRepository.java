package io.ascent.persistence;

import io.ascent.domain.ActionItem;
import io.ascent.domain.Cadence;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import java.time.Instant;
import java.util.List;

/**
 * Where a plan's rhythm is kept: its cadence, its 1:1 log and the questions for the next 1:1.
 * Each write touches the plan in the same transaction. Failures are {@link PersistenceException}s.
 */
public interface RhythmRepository {

    /** The plan's cadence; {@link Cadence#DEFAULT} when none was ever set. */
    Cadence cadence(long planId);

    void saveCadence(long planId, Cadence cadence, Instant now);

    /** The plan's 1:1s, oldest first. */
    List<OneOnOne> oneOnOnes(long planId);

    /** Stores a 1:1 and takes the questions it answered ({@code answered}) off the list; returns it with its id. */
    OneOnOne recordOneOnOne(long planId, OneOnOne meeting, List<Long> answered, Instant now);

    /** Replaces the action items of a recorded 1:1, e.g. when one became a milestone. */
    void saveActions(long planId, long oneOnOneId, List<ActionItem> actions, Instant now);

    /** The questions for the next 1:1, oldest first. */
    List<NextQuestion> questions(long planId);

    NextQuestion addQuestion(long planId, String text, Instant now);

    void removeQuestion(long planId, long questionId, Instant now);
}
