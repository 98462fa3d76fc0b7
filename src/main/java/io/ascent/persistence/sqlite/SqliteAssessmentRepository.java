package io.ascent.persistence.sqlite;

import io.ascent.domain.Rating;
import io.ascent.domain.storage.SaveResult;
import io.ascent.persistence.AssessmentRepository;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link AssessmentRepository} on the SQLite {@link Database}; prepared statements only. */
public final class SqliteAssessmentRepository implements AssessmentRepository {

    private static final String UPSERT = "INSERT INTO competency_rating (plan_id, competency_id, level_id, "
            + "justification, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (plan_id, competency_id) DO UPDATE SET "
            + "level_id = excluded.level_id, justification = excluded.justification, updated_at = excluded.updated_at";

    private final Database database;

    public SqliteAssessmentRepository(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, Rating> ratings(long planId) {
        String sql = "SELECT competency_id, level_id, justification FROM competency_rating WHERE plan_id = ?";
        return database.read(I18n.t("persist.action.readAssessment"), c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, planId);
                Map<String, Rating> result = new HashMap<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Rating r = new Rating(rs.getString(1), rs.getString(2), rs.getString(3));
                        result.put(r.competencyId(), r);
                    }
                }
                return result;
            }
        });
    }

    @Override
    public SaveResult<Optional<Rating>> saveRating(
            long planId, String competencyId, Optional<Rating> expected, Optional<Rating> rating, Instant now) {
        // The plan row is not touched: a rating click must stay cheap.
        return CompareAndSet.save(
                database,
                I18n.t(rating.isPresent() ? "persist.action.saveRating" : "persist.action.clearRating"),
                expected,
                rating,
                c -> stored(c, planId, competencyId),
                (c, r) -> {
                    if (r.isPresent()) {
                        upsert(c, planId, r.get(), now);
                    } else {
                        delete(c, planId, competencyId);
                    }
                });
    }

    private static Optional<Rating> stored(Connection c, long planId, String competencyId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT level_id, justification FROM competency_rating WHERE plan_id = ? AND competency_id = ?")) {
            st.setLong(1, planId);
            st.setString(2, competencyId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Rating(competencyId, rs.getString(1), rs.getString(2)))
                        : Optional.empty();
            }
        }
    }

    private static void upsert(Connection c, long planId, Rating rating, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(UPSERT)) {
            st.setLong(1, planId);
            st.setString(2, rating.competencyId());
            st.setString(3, rating.levelId());
            st.setString(4, rating.justification());
            st.setString(5, now.toString());
            st.executeUpdate();
        }
    }

    private static void delete(Connection c, long planId, String competencyId) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("DELETE FROM competency_rating WHERE plan_id = ? AND competency_id = ?")) {
            st.setLong(1, planId);
            st.setString(2, competencyId);
            st.executeUpdate();
        }
    }
}
