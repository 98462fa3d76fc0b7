package io.ascent.persistence.sqlite;

import io.ascent.domain.Rating;
import io.ascent.persistence.AssessmentRepository;
import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** {@link AssessmentRepository} on the SQLite {@link Database}; prepared statements only. */
public final class SqliteAssessmentRepository implements AssessmentRepository {

    private final Database database;

    public SqliteAssessmentRepository(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, Rating> ratings(long planId) {
        String sql = "SELECT competency_id, level_id, justification FROM competency_rating WHERE plan_id = ?";
        synchronized (database) {
            try (PreparedStatement st = database.connection().prepareStatement(sql)) {
                st.setLong(1, planId);
                Map<String, Rating> result = new HashMap<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Rating r = new Rating(rs.getString(1), rs.getString(2), rs.getString(3));
                        result.put(r.competencyId(), r);
                    }
                }
                return result;
            } catch (SQLException e) {
                throw failure(I18n.t("persist.action.readAssessment"), e);
            }
        }
    }

    @Override
    public void saveRating(long planId, Rating rating, Instant now) {
        // One statement: a rating click must stay cheap, and the plan row is not touched.
        String upsert = "INSERT INTO competency_rating (plan_id, competency_id, level_id, justification, updated_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (plan_id, competency_id) DO UPDATE SET "
                + "level_id = excluded.level_id, justification = excluded.justification, "
                + "updated_at = excluded.updated_at";
        synchronized (database) {
            try (PreparedStatement st = database.connection().prepareStatement(upsert)) {
                st.setLong(1, planId);
                st.setString(2, rating.competencyId());
                st.setString(3, rating.levelId());
                st.setString(4, rating.justification());
                st.setString(5, now.toString());
                st.executeUpdate();
            } catch (SQLException e) {
                throw failure(I18n.t("persist.action.saveRating"), e);
            }
        }
    }

    @Override
    public void deleteRating(long planId, String competencyId) {
        synchronized (database) {
            try (PreparedStatement st = database.connection()
                    .prepareStatement("DELETE FROM competency_rating WHERE plan_id = ? AND competency_id = ?")) {
                st.setLong(1, planId);
                st.setString(2, competencyId);
                st.executeUpdate();
            } catch (SQLException e) {
                throw failure(I18n.t("persist.action.clearRating"), e);
            }
        }
    }

    private PersistenceException failure(String what, SQLException e) {
        if (String.valueOf(e.getMessage()).contains("FOREIGN KEY constraint failed")) {
            return new PersistenceException(I18n.t("persist.couldNot", what, I18n.t("persist.planGone")), e);
        }
        return new PersistenceException(I18n.t("persist.couldNot", what, Database.explain(database.file(), e)), e);
    }
}
