package io.ascent.persistence.sqlite;

import io.ascent.persistence.FrameworkRepository;
import io.ascent.text.I18n;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link FrameworkRepository} on the SQLite {@link Database}; prepared statements only. */
public final class SqliteFrameworkRepository implements FrameworkRepository {

    private static final String COLUMNS = "id, version, name, json, imported_at";

    private final Database database;

    public SqliteFrameworkRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<StoredFramework> findAll() {
        return query("SELECT " + COLUMNS + " FROM framework ORDER BY name COLLATE NOCASE", null);
    }

    @Override
    public Optional<StoredFramework> findById(String id) {
        return query("SELECT " + COLUMNS + " FROM framework WHERE id = ?", id).stream()
                .findFirst();
    }

    @Override
    public void save(StoredFramework f) {
        String sql = "INSERT INTO framework (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET version = excluded.version, name = excluded.name, "
                + "json = excluded.json, imported_at = excluded.imported_at";
        database.write(I18n.t("persist.action.storeFramework", f.name()), c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, f.id());
                st.setString(2, f.version());
                st.setString(3, f.name());
                st.setString(4, f.json());
                st.setString(5, f.importedAt().toString());
                return st.executeUpdate();
            }
        });
    }

    private List<StoredFramework> query(String sql, String id) {
        return database.read(I18n.t("persist.action.readFrameworks"), c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                if (id != null) {
                    st.setString(1, id);
                }
                List<StoredFramework> result = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        // When it was imported is only shown; a date that cannot be read does not hide the ladder.
                        result.add(new StoredFramework(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                StoredValues.instant(rs.getString(5)).orElse(Instant.EPOCH)));
                    }
                }
                return result;
            }
        });
    }
}
