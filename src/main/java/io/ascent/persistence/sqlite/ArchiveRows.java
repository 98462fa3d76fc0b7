package io.ascent.persistence.sqlite;

import io.ascent.domain.CheckIn;
import io.ascent.domain.NextQuestion;
import io.ascent.domain.OneOnOne;
import io.ascent.domain.PlanArchive;
import io.ascent.domain.PlanRhythm;
import io.ascent.domain.Rating;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The ratings and check-ins of an imported plan, written inside the caller's transaction (the
 * repositories' own methods commit on their own, so they cannot take part in an import that
 * must be all or nothing); check-ins go through the check-in repository's row writer.
 */
final class ArchiveRows {

    private ArchiveRows() {}

    static void insertAssessment(Connection c, long planId, PlanArchive archive) throws SQLException {
        String now = archive.plan().updatedAt().toString();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO competency_rating (plan_id, competency_id, "
                + "level_id, justification, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Rating r : archive.ratings()) {
                st.setLong(1, planId);
                st.setString(2, r.competencyId());
                st.setString(3, r.levelId());
                st.setString(4, r.justification());
                st.setString(5, now);
                st.addBatch();
            }
            st.executeBatch();
        }
        for (CheckIn checkIn : archive.checkIns()) {
            SqliteCheckInRepository.insertRows(c, planId, checkIn);
        }
    }

    /** The imported plan's rhythm: its cadence (a default one needs no row), 1:1s and questions. */
    static void insertRhythm(Connection c, long planId, PlanArchive archive) throws SQLException {
        PlanRhythm rhythm = archive.rhythm();
        if (!rhythm.cadence().isDefault()) {
            SqliteRhythmRepository.insertCadence(c, planId, rhythm.cadence());
        }
        for (OneOnOne meeting : rhythm.oneOnOnes()) {
            OneOnOneRows.insert(c, planId, meeting);
        }
        for (NextQuestion q : rhythm.questions()) {
            OneOnOneRows.insertQuestion(c, planId, q.text(), q.addedAt());
        }
    }

    /** Marks an imported plan reached, after its rows are in: from then on it refuses new ones. */
    static void markReached(Connection c, long planId, Optional<LocalDate> reachedOn) throws SQLException {
        if (reachedOn.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("UPDATE plan SET reached_on = ? WHERE id = ?")) {
            st.setString(1, reachedOn.get().toString());
            st.setLong(2, planId);
            st.executeUpdate();
        }
    }
}
