package io.ascent.persistence.sqlite;

import io.ascent.persistence.ReviewerRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ReviewerRepository} on the SQLite {@link Database}; prepared statements only. */
public final class SqliteReviewerRepository implements ReviewerRepository {

    private static final String GIVEN_COLUMNS = "request_id, request, draft, opened_at, updated_at, sent_at, response";

    private final Rows rows;

    public SqliteReviewerRepository(Database database) {
        this.rows = new Rows(database);
    }

    @Override
    public Optional<KeyPairRow> key() {
        return rows
                .query(
                        "SELECT name, public_key, private_key, created_at FROM reviewer_key WHERE id = 1",
                        st -> {},
                        rs -> new KeyPairRow(
                                rs.getString(1), rs.getString(2), rs.getBytes(3), Instant.parse(rs.getString(4))),
                        "persist.action.readReviewerKey")
                .stream()
                .findFirst();
    }

    @Override
    public void saveKey(KeyPairRow key) {
        rows.update(
                "INSERT INTO reviewer_key (id, name, public_key, private_key, created_at) VALUES (1, ?, ?, ?, ?) "
                        + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, public_key = excluded.public_key, "
                        + "private_key = excluded.private_key, created_at = excluded.created_at",
                st -> {
                    st.setString(1, key.name());
                    st.setString(2, key.publicKey());
                    st.setBytes(3, key.privateKey());
                    st.setString(4, key.createdAt().toString());
                },
                "persist.action.saveReviewerKey");
    }

    @Override
    public void renameReviewer(String name) {
        rows.update(
                "UPDATE reviewer_key SET name = ? WHERE id = 1",
                st -> st.setString(1, name),
                "persist.action.saveReviewerKey");
    }

    @Override
    public Optional<GivenRow> given(UUID requestId) {
        return rows
                .query(
                        "SELECT " + GIVEN_COLUMNS + " FROM review_given WHERE request_id = ?",
                        st -> st.setString(1, requestId.toString()),
                        SqliteReviewerRepository::given,
                        "persist.action.readReviews")
                .stream()
                .findFirst();
    }

    @Override
    public List<GivenRow> given() {
        return rows.query(
                "SELECT " + GIVEN_COLUMNS + " FROM review_given ORDER BY updated_at DESC, request_id",
                st -> {},
                SqliteReviewerRepository::given,
                "persist.action.readReviews");
    }

    @Override
    public void open(GivenRow row) {
        rows.update(
                "INSERT INTO review_given (request_id, request, draft, opened_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                st -> {
                    st.setString(1, row.requestId().toString());
                    st.setString(2, row.requestJson());
                    st.setString(3, row.draftJson());
                    st.setString(4, row.openedAt().toString());
                    st.setString(5, row.updatedAt().toString());
                },
                "persist.action.saveReview");
    }

    @Override
    public void saveDraft(UUID requestId, String draftJson, Instant now) {
        rows.update(
                "UPDATE review_given SET draft = ?, updated_at = ? WHERE request_id = ? AND sent_at IS NULL",
                st -> {
                    st.setString(1, draftJson);
                    st.setString(2, now.toString());
                    st.setString(3, requestId.toString());
                },
                "persist.action.saveReview");
    }

    @Override
    public void markSent(UUID requestId, String draftJson, Instant sentAt, byte[] response) {
        rows.update(
                "UPDATE review_given SET draft = ?, updated_at = ?, sent_at = ?, response = ? "
                        + "WHERE request_id = ? AND sent_at IS NULL",
                st -> {
                    st.setString(1, draftJson);
                    st.setString(2, sentAt.toString());
                    st.setString(3, sentAt.toString());
                    st.setBytes(4, response);
                    st.setString(5, requestId.toString());
                },
                "persist.action.saveReview");
    }

    private static GivenRow given(ResultSet rs) throws SQLException {
        String sent = rs.getString(6);
        return new GivenRow(
                UUID.fromString(rs.getString(1)),
                rs.getString(2),
                rs.getString(3),
                Instant.parse(rs.getString(4)),
                Instant.parse(rs.getString(5)),
                Optional.ofNullable(sent).map(Instant::parse),
                Optional.ofNullable(rs.getBytes(7)));
    }
}
