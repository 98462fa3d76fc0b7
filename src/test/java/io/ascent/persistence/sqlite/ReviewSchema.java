package io.ascent.persistence.sqlite;

import java.sql.SQLException;
import java.sql.Statement;

/** Takes V8 (reviews) back out of a database, for tests that make a file look one version older. */
final class ReviewSchema {

    private ReviewSchema() {}

    static void dropV8(Statement st) throws SQLException {
        for (String sql : new String[] {
            "DROP TABLE review_given",
            "DROP TABLE reviewer_key",
            "DROP TABLE check_in_manager_rating",
            "DROP TABLE review_received",
            "DROP TABLE reviewer_pin",
            "DROP TABLE review_request",
            "DROP TRIGGER plan_gets_uuid",
            "DROP INDEX plan_by_uuid",
            "ALTER TABLE plan DROP COLUMN uuid"
        }) {
            st.execute(sql);
        }
    }
}
