package io.ascent.persistence.sqlite;

import io.ascent.domain.Cadence;
import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.RhythmRepository;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** {@link RhythmRepository} on the SQLite {@link Database}: the {@code plan_cadence} table. */
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
        database.write(I18n.t("persist.action.saveCadence"), c -> {
            insertCadence(c, planId, cadence);
            try (PreparedStatement touch = c.prepareStatement(PlanRows.TOUCH_PLAN)) {
                touch.setString(1, now.toString());
                touch.setLong(2, planId);
                if (touch.executeUpdate() != 1) {
                    throw new PersistenceException(I18n.t("error.planGone"));
                }
            }
            return null;
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
