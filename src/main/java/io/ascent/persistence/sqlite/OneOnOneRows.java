package io.ascent.persistence.sqlite;

import io.ascent.domain.ActionItem;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the 1:1 log and of the "for my next 1:1" questions, read and written inside the
 * caller's transaction (the rhythm repository's own, or a plan import's). A row whose date cannot
 * be read is left out, so one bad value never keeps the plan from opening.
 */
final class OneOnOneRows {

    private OneOnOneRows() {}

    static long insert(Connection c, long planId, OneOnOne meeting) throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO one_on_one (plan_id, held_on, agenda, decisions) VALUES (?, ?, ?, ?)")) {
            st.setLong(1, planId);
            st.setString(2, meeting.heldOn().toString());
            st.setString(3, meeting.agenda());
            st.setString(4, String.join("\n", meeting.decisions()));
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertActions(c, id, meeting.actionItems());
        return id;
    }

    /** Replaces the action items of 1:1 {@code id} (e.g. one became a milestone). */
    static void replaceActions(Connection c, long id, List<ActionItem> actions) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM one_on_one_action WHERE one_on_one_id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
        insertActions(c, id, actions);
    }

    private static void insertActions(Connection c, long id, List<ActionItem> actions) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO one_on_one_action "
                + "(one_on_one_id, position, text, due_on, milestone_id) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < actions.size(); i++) {
                ActionItem a = actions.get(i);
                st.setLong(1, id);
                st.setInt(2, i);
                st.setString(3, a.text());
                st.setString(4, a.due().map(LocalDate::toString).orElse(null));
                st.setString(5, a.milestoneId().orElse(null));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    static List<OneOnOne> read(Connection c, long planId, List<String> damage) throws SQLException {
        Map<Long, List<ActionItem>> actions = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT a.one_on_one_id, a.text, a.due_on, a.milestone_id "
                + "FROM one_on_one_action a JOIN one_on_one o ON o.id = a.one_on_one_id "
                + "WHERE o.plan_id = ? ORDER BY a.one_on_one_id, a.position")) {
            st.setLong(1, planId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    actions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ActionItem(
                                    rs.getString(2),
                                    StoredValues.date(rs.getString(3), "dueDate", damage),
                                    Optional.ofNullable(rs.getString(4))));
                }
            }
        }
        List<OneOnOne> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, held_on, agenda, decisions FROM one_on_one " + "WHERE plan_id = ? ORDER BY held_on, id")) {
            st.setLong(1, planId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Optional<LocalDate> held = StoredValues.date(rs.getString(2), "heldOn", damage);
                    if (held.isEmpty()) {
                        continue;
                    }
                    String decisions = rs.getString(4);
                    result.add(new OneOnOne(
                            rs.getLong(1),
                            held.get(),
                            rs.getString(3),
                            decisions.isEmpty() ? List.of() : Arrays.asList(decisions.split("\n")),
                            actions.getOrDefault(rs.getLong(1), List.of())));
                }
            }
        }
        return result;
    }

    static long insertQuestion(Connection c, long planId, String text, Instant addedAt) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("INSERT INTO one_on_one_question (plan_id, text, added_at) VALUES (?, ?, ?)")) {
            st.setLong(1, planId);
            st.setString(2, text);
            st.setString(3, addedAt.toString());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static List<NextQuestion> questions(Connection c, long planId) throws SQLException {
        List<NextQuestion> result = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, text, added_at FROM one_on_one_question WHERE plan_id = ? ORDER BY added_at, id")) {
            st.setLong(1, planId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Optional<Instant> added = StoredValues.instant(rs.getString(3));
                    if (added.isPresent()) {
                        result.add(new NextQuestion(rs.getLong(1), rs.getString(2), added.get()));
                    }
                }
            }
        }
        return result;
    }

    /** Deletes questions of the plan: those in {@code ids}. */
    static void deleteQuestions(Connection c, long planId, List<Long> ids) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("DELETE FROM one_on_one_question WHERE plan_id = ? AND id = ?")) {
            for (long id : ids) {
                st.setLong(1, planId);
                st.setLong(2, id);
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
