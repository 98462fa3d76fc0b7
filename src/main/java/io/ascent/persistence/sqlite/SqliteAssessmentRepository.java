package io.ascent.persistence.sqlite;

import io.ascent.domain.Rating;
import io.ascent.persistence.AssessmentRepository;
import io.ascent.text.I18n;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

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
    public void saveRating(long planId, Rating rating, Instant now) {
        // One statement, and the plan row is not touched: a rating click must stay cheap.
        database.write(I18n.t("persist.action.saveRating"), c -> {
            try (PreparedStatement st = c.prepareStatement(UPSERT)) {
                st.setLong(1, planId);
                st.setString(2, rating.competencyId());
                st.setString(3, rating.levelId());
                st.setString(4, rating.justification());
                st.setString(5, now.toString());
                return st.executeUpdate();
            }
        });
    }

    @Override
    public void deleteRating(long planId, String competencyId) {
        database.write(I18n.t("persist.action.clearRating"), c -> {
            try (PreparedStatement st =
                    c.prepareStatement("DELETE FROM competency_rating WHERE plan_id = ? AND competency_id = ?")) {
                st.setLong(1, planId);
                st.setString(2, competencyId);
                return st.executeUpdate();
            }
        });
    }
}
