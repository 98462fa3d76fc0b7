package io.ascent.persistence.sqlite;

import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepared-statement queries and updates on the shared connection, for the repositories that
 * need nothing more than that: the lock taken, the statement closed, a failure worded with what
 * was being done ({@code actionKey}).
 */
final class Rows {

    /** Binds a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Database database;

    Rows(Database database) {
        this.database = database;
    }

    <T> List<T> query(String sql, Binder binder, Reader<T> reader, String actionKey) {
        synchronized (database) {
            try (PreparedStatement st = database.connection().prepareStatement(sql)) {
                binder.bind(st);
                List<T> result = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        result.add(reader.read(rs));
                    }
                }
                return result;
            } catch (SQLException e) {
                throw failure(actionKey, e);
            }
        }
    }

    int update(String sql, Binder binder, String actionKey) {
        synchronized (database) {
            try (PreparedStatement st = database.connection().prepareStatement(sql)) {
                binder.bind(st);
                return st.executeUpdate();
            } catch (SQLException e) {
                throw failure(actionKey, e);
            }
        }
    }

    <T> T inTransaction(Transactions.Work<T> work, String actionKey) {
        synchronized (database) {
            try {
                return database.inTransaction(work);
            } catch (SQLException e) {
                throw failure(actionKey, e);
            }
        }
    }

    static void run(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            binder.bind(st);
            st.executeUpdate();
        }
    }

    PersistenceException failure(String actionKey, SQLException e) {
        return new PersistenceException(
                I18n.t("persist.couldNot", I18n.t(actionKey), Database.explain(database.file(), e)), e);
    }
}
