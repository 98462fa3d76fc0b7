package io.ascent.persistence.sqlite;

import io.ascent.persistence.FrameworkRepository;
import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        synchronized (database) {
            try (PreparedStatement st = database.connection().prepareStatement(sql)) {
                st.setString(1, f.id());
                st.setString(2, f.version());
                st.setString(3, f.name());
                st.setString(4, f.json());
                st.setString(5, f.importedAt().toString());
                st.executeUpdate();
            } catch (SQLException e) {
                throw new PersistenceException(
                        I18n.t(
                                "persist.couldNot",
                                I18n.t("persist.action.storeFramework", f.name()),
                                Database.explain(database.file(), e)),
                        e);
            }
        }
    }

    private List<StoredFramework> query(String sql, String id) {
        synchronized (database) {
            try (PreparedStatement st = database.connection().prepareStatement(sql)) {
                if (id != null) {
                    st.setString(1, id);
                }
                List<StoredFramework> result = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        result.add(new StoredFramework(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                Instant.parse(rs.getString(5))));
                    }
                }
                return result;
            } catch (SQLException e) {
                throw new PersistenceException(
                        I18n.t(
                                "persist.couldNot",
                                I18n.t("persist.action.readFrameworks"),
                                Database.explain(database.file(), e)),
                        e);
            }
        }
    }
}
