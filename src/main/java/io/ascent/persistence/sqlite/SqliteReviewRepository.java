package io.ascent.persistence.sqlite;

import io.ascent.persistence.PersistenceException;
import io.ascent.persistence.ReviewRepository;
import io.ascent.text.I18n;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ReviewRepository} on the SQLite {@link Database}; prepared statements only. */
public final class SqliteReviewRepository implements ReviewRepository {

    private static final String REQUEST_COLUMNS = "id, plan_id, created_at, request";
    private static final String RESPONSE_COLUMNS = "r.id, r.plan_id, r.request_id, r.reviewer, r.public_key, "
            + "r.answered_at, r.imported_at, r.payload, r.signature";

    private final Rows rows;

    public SqliteReviewRepository(Database database) {
        this.rows = new Rows(database);
    }

    @Override
    public UUID planUuid(long planId) {
        return rows
                .query(
                        "SELECT uuid FROM plan WHERE id = ?",
                        st -> st.setLong(1, planId),
                        rs -> UUID.fromString(rs.getString(1)),
                        "persist.action.readPlans")
                .stream()
                .findFirst()
                .orElseThrow(() -> new PersistenceException(I18n.t("error.planGone")));
    }

    @Override
    public Optional<Long> planWithUuid(UUID planUuid) {
        return rows
                .query(
                        "SELECT id FROM plan WHERE uuid = ?",
                        st -> st.setString(1, planUuid.toString()),
                        rs -> rs.getLong(1),
                        "persist.action.readPlans")
                .stream()
                .findFirst();
    }

    @Override
    public void recordRequest(SentRequest request) {
        rows.update(
                "INSERT INTO review_request (" + REQUEST_COLUMNS + ") VALUES (?, ?, ?, ?)",
                st -> {
                    st.setString(1, request.id().toString());
                    st.setLong(2, request.planId());
                    st.setString(3, request.createdAt().toString());
                    st.setString(4, request.json());
                },
                "persist.action.saveReviewRequest");
    }

    @Override
    public Optional<SentRequest> request(UUID requestId) {
        return rows
                .query(
                        "SELECT " + REQUEST_COLUMNS + " FROM review_request WHERE id = ?",
                        st -> st.setString(1, requestId.toString()),
                        SqliteReviewRepository::request,
                        "persist.action.readReviews")
                .stream()
                .findFirst();
    }

    @Override
    public List<SentRequest> requests(long planId) {
        return rows.query(
                "SELECT " + REQUEST_COLUMNS + " FROM review_request WHERE plan_id = ? ORDER BY created_at, id",
                st -> st.setLong(1, planId),
                SqliteReviewRepository::request,
                "persist.action.readReviews");
    }

    @Override
    public Optional<PinnedReviewer> pinned(String nameKey) {
        return rows
                .query(
                        "SELECT name_key, name, public_key, pinned_at FROM reviewer_pin WHERE name_key = ?",
                        st -> st.setString(1, nameKey),
                        rs -> new PinnedReviewer(
                                rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4))),
                        "persist.action.readReviews")
                .stream()
                .findFirst();
    }

    @Override
    public List<PinnedReviewer> pins() {
        return rows.query(
                "SELECT name_key, name, public_key, pinned_at FROM reviewer_pin ORDER BY pinned_at, name_key",
                st -> {},
                rs -> new PinnedReviewer(
                        rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4))),
                "persist.action.readReviews");
    }

    @Override
    public List<StoredResponse> responses(long planId) {
        return rows.query(
                "SELECT " + RESPONSE_COLUMNS + " FROM review_received r JOIN review_request q ON q.id = r.request_id "
                        + "WHERE r.plan_id = ? ORDER BY q.created_at, r.id",
                st -> st.setLong(1, planId),
                SqliteReviewRepository::response,
                "persist.action.readReviews");
    }

    @Override
    public StoredResponse storeResponse(StoredResponse r, Optional<PinnedReviewer> pin) {
        return rows.inTransaction(
                c -> {
                    long id;
                    try (var st = c.prepareStatement("INSERT INTO review_received (plan_id, request_id, reviewer, "
                            + "public_key, answered_at, imported_at, payload, signature) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        st.setLong(1, r.planId());
                        st.setString(2, r.requestId().toString());
                        st.setString(3, r.reviewer());
                        st.setString(4, r.publicKey());
                        st.setString(5, r.answeredAt().toString());
                        st.setString(6, r.importedAt().toString());
                        st.setBytes(7, r.payload());
                        st.setBytes(8, r.signature());
                        st.executeUpdate();
                        try (ResultSet keys = st.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                    if (pin.isPresent()) {
                        PinnedReviewer p = pin.get();
                        Rows.run(
                                c,
                                "INSERT INTO reviewer_pin (name_key, name, public_key, pinned_at) VALUES (?, ?, ?, ?) "
                                        + "ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, "
                                        + "public_key = excluded.public_key, pinned_at = excluded.pinned_at",
                                st -> {
                                    st.setString(1, p.nameKey());
                                    st.setString(2, p.name());
                                    st.setString(3, p.publicKey());
                                    st.setString(4, p.pinnedAt().toString());
                                });
                    }
                    return new StoredResponse(
                            id,
                            r.planId(),
                            r.requestId(),
                            r.reviewer(),
                            r.publicKey(),
                            r.answeredAt(),
                            r.importedAt(),
                            r.payload(),
                            r.signature());
                },
                "persist.action.saveReview");
    }

    private static SentRequest request(ResultSet rs) throws SQLException {
        return new SentRequest(
                UUID.fromString(rs.getString(1)), rs.getLong(2), Instant.parse(rs.getString(3)), rs.getString(4));
    }

    private static StoredResponse response(ResultSet rs) throws SQLException {
        return new StoredResponse(
                rs.getLong(1),
                rs.getLong(2),
                UUID.fromString(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                Instant.parse(rs.getString(6)),
                Instant.parse(rs.getString(7)),
                rs.getBytes(8),
                rs.getBytes(9));
    }
}
