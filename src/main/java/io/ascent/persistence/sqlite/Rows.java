package io.ascent.persistence.sqlite;

import io.ascent.text.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepared-statement queries and updates through {@link Database#read} and {@link Database#write},
 * for the repositories that need nothing more: the statement closed, a failure worded with what
 * was being done ({@code actionKey}), writes refused on a damaged or read-only file.
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
        return database.read(I18n.t(actionKey), c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                binder.bind(st);
                List<T> result = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        result.add(reader.read(rs));
                    }
                }
                return result;
            }
        });
    }

    int update(String sql, Binder binder, String actionKey) {
        return database.write(I18n.t(actionKey), c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                binder.bind(st);
                return st.executeUpdate();
            }
        });
    }

    /** Runs {@code work} as one transaction: all of it is committed, or none. */
    <T> T inTransaction(Database.Work<T> work, String actionKey) {
        return database.write(I18n.t(actionKey), work);
    }

    static void run(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            binder.bind(st);
            st.executeUpdate();
        }
    }
}
