package io.ascent.persistence.sqlite;

import io.ascent.domain.Impact;
import io.ascent.domain.Win;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a win is written to and read from the {@code win} table, inside the caller's transaction. */
final class WinRows {

    static final String COLUMNS = "id, win_date, title, story, metric, before_value, after_value, share, links, "
            + "competencies, milestones, shareable";

    private WinRows() {}

    /** Inserts {@code win} (its id ignored) for plan {@code planId}; returns the new id. */
    static long insert(Connection c, long planId, Win win, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO win (plan_id, win_date, title, story, metric, "
                + "before_value, after_value, share, links, competencies, milestones, shareable, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, planId);
            bindFields(st, 2, win);
            st.setString(13, now.toString());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void update(Connection c, long planId, Win win, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE win SET win_date = ?, title = ?, story = ?, "
                + "metric = ?, before_value = ?, after_value = ?, share = ?, links = ?, competencies = ?, "
                + "milestones = ?, shareable = ?, updated_at = ? WHERE plan_id = ? AND id = ?")) {
            bindFields(st, 1, win);
            st.setString(12, now.toString());
            st.setLong(13, planId);
            st.setLong(14, win.id());
            st.executeUpdate();
        }
    }

    static void delete(Connection c, long planId, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM win WHERE plan_id = ? AND id = ?")) {
            st.setLong(1, planId);
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    private static void bindFields(PreparedStatement st, int first, Win win) throws SQLException {
        st.setString(first, win.date().toString());
        st.setString(first + 1, win.title());
        st.setString(first + 2, win.story());
        st.setString(first + 3, win.impact().metric());
        st.setString(first + 4, win.impact().before());
        st.setString(first + 5, win.impact().after());
        st.setString(first + 6, win.impact().share());
        st.setString(first + 7, String.join("\n", win.links()));
        st.setString(first + 8, String.join("\n", win.competencyIds()));
        st.setString(first + 9, String.join("\n", win.milestoneIds()));
        st.setInt(first + 10, win.shareable() ? 1 : 0);
    }

    /** The plan's wins in storage order; a row that cannot be read is left out and named in {@code damage}. */
    static List<Win> read(Connection c, long planId, List<String> damage) throws SQLException {
        List<Win> result = new ArrayList<>();
        try (PreparedStatement st =
                c.prepareStatement("SELECT " + COLUMNS + " FROM win WHERE plan_id = ? ORDER BY win_date, id")) {
            st.setLong(1, planId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    row(rs, damage).ifPresent(result::add);
                }
            }
        }
        return result;
    }

    static Optional<Win> find(Connection c, long planId, long id) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("SELECT " + COLUMNS + " FROM win WHERE plan_id = ? AND id = ?")) {
            st.setLong(1, planId);
            st.setLong(2, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? row(rs, new ArrayList<>()) : Optional.empty();
            }
        }
    }

    private static Optional<Win> row(ResultSet rs, List<String> damage) throws SQLException {
        Optional<LocalDate> date = StoredValues.date(rs.getString(2), "winDate", damage);
        if (date.isEmpty()) {
            if (rs.getString(2) == null || rs.getString(2).isBlank()) {
                StoredValues.unreadable("winDate", rs.getString(2), damage);
            }
            return Optional.empty();
        }
        try {
            return Optional.of(new Win(
                    rs.getLong(1),
                    date.get(),
                    rs.getString(3),
                    rs.getString(4),
                    new Impact(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                    lines(rs.getString(9)),
                    lines(rs.getString(10)),
                    lines(rs.getString(11)),
                    rs.getInt(12) == 1));
        } catch (IllegalArgumentException e) {
            StoredValues.unreadable("winTitle", rs.getString(3), damage);
            return Optional.empty();
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
