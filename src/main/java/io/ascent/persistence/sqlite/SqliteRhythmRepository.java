package io.ascent.persistence.sqlite;

import io.ascent.domain.ActionItem;
import io.ascent.domain.Cadence;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.RhythmRepository;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link RhythmRepository} on the SQLite {@link Database}: {@code plan_cadence} and the 1:1 tables. */
public final class SqliteRhythmRepository implements RhythmRepository {

    private final Database database;

    public SqliteRhythmRepository(Database database) {
        this.database = database;
    }

    @Override
    public Cadence cadence(long planId) {
        return database.read(I18n.t("persist.action.readCadence"), c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT check_in_weeks, one_on_one_weeks, review_months FROM plan_cadence WHERE plan_id = ?")) {
                st.setLong(1, planId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Cadence.DEFAULT;
                    }
                    int oneOnOne = rs.getInt(2);
                    Optional<Integer> weeks = rs.wasNull() ? Optional.empty() : Optional.of(oneOnOne);
                    return new Cadence(rs.getInt(1), weeks, rs.getInt(3));
                }
            }
        });
    }

    @Override
    public void saveCadence(long planId, Cadence cadence, Instant now) {
        write("persist.action.saveCadence", planId, now, c -> {
            insertCadence(c, planId, cadence);
            return null;
        });
    }

    @Override
    public List<OneOnOne> oneOnOnes(long planId) {
        return database.read(
                I18n.t("persist.action.readOneOnOnes"), c -> OneOnOneRows.read(c, planId, new ArrayList<>()));
    }

    @Override
    public OneOnOne recordOneOnOne(long planId, OneOnOne meeting, List<Long> answered, Instant now) {
        return write("persist.action.saveOneOnOne", planId, now, c -> {
            long id = OneOnOneRows.insert(c, planId, meeting);
            OneOnOneRows.deleteQuestions(c, planId, answered);
            return meeting.withId(id);
        });
    }

    @Override
    public void saveActions(long planId, long oneOnOneId, List<ActionItem> actions, Instant now) {
        write("persist.action.saveOneOnOne", planId, now, c -> {
            OneOnOneRows.replaceActions(c, oneOnOneId, actions);
            return null;
        });
    }

    @Override
    public List<NextQuestion> questions(long planId) {
        return database.read(I18n.t("persist.action.readOneOnOnes"), c -> OneOnOneRows.questions(c, planId));
    }

    @Override
    public NextQuestion addQuestion(long planId, String text, Instant now) {
        NextQuestion question = new NextQuestion(0, text, now);
        return write(
                "persist.action.saveQuestion",
                planId,
                now,
                c -> new NextQuestion(OneOnOneRows.insertQuestion(c, planId, question.text(), now), text, now));
    }

    @Override
    public void removeQuestion(long planId, long questionId, Instant now) {
        write("persist.action.saveQuestion", planId, now, c -> {
            OneOnOneRows.deleteQuestions(c, planId, List.of(questionId));
            return null;
        });
    }

    /** Runs {@code work} and touches the plan, in one transaction. */
    private <T> T write(String whatKey, long planId, Instant now, Database.Work<T> work) {
        return database.write(I18n.t(whatKey), c -> {
            T result = work.run(c);
            try (PreparedStatement touch = c.prepareStatement(PlanRows.TOUCH_PLAN)) {
                touch.setString(1, now.toString());
                touch.setLong(2, planId);
                if (touch.executeUpdate() != 1) {
                    throw new PersistenceException(I18n.t("error.planGone"));
                }
            }
            return result;
        });
    }

    /** Writes the cadence inside the caller's transaction (this repository's, or a plan import's). */
    static void insertCadence(Connection c, long planId, Cadence cadence) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO plan_cadence (plan_id, check_in_weeks, one_on_one_weeks, review_months) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT (plan_id) DO UPDATE SET "
                        + "check_in_weeks = excluded.check_in_weeks, one_on_one_weeks = excluded.one_on_one_weeks, "
                        + "review_months = excluded.review_months")) {
            st.setLong(1, planId);
            st.setInt(2, cadence.checkInWeeks());
            if (cadence.oneOnOneWeeks().isPresent()) {
                st.setInt(3, cadence.oneOnOneWeeks().get());
            } else {
                st.setNull(3, Types.INTEGER);
            }
            st.setInt(4, cadence.reviewMonths());
            st.executeUpdate();
        }
    }
}
