package io.ascent.persistence.sqlite;

import io.ascent.text.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens a database that cannot be written (read-only media or permissions, a full disk) for
 * reading, where SQLite can read it without writing: a WAL database needs its {@code -shm}, so
 * without a {@code -wal} holding changes the file is opened immutable (no {@code -shm} needed;
 * nobody can be writing a file that cannot be written), with one it is opened read-only only if
 * its {@code -shm} is already there. Otherwise the file cannot be read as it stands and the reason
 * it cannot be written is reported instead.
 */
final class ReadOnlyOpening {

    private ReadOnlyOpening() {}

    static Database open(Path file, int version, DatabaseUnusableException reason) {
        if (version != Migrations.latestVersion()) {
            // An older schema would have to be migrated before this build can read it.
            throw new DatabaseUnusableException(
                    file, reason.problem(), I18n.t("db.readOnly.needsUpdate", reason.getMessage()), reason);
        }
        boolean walHoldsChanges = DatabaseFiles.size(DatabaseFiles.sidecar(file, "-wal")) > 0;
        if (walHoldsChanges && !Files.exists(DatabaseFiles.sidecar(file, "-shm"))) {
            throw reason;
        }
        Connection connection = null;
        try {
            connection = Ownership.readOnly(file, !walHoldsChanges);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
                st.executeQuery("SELECT count(*) FROM plan").close();
            }
            return Database.readOnly(file, connection, reason);
        } catch (SQLException e) {
            Connections.closeQuietly(connection);
            reason.addSuppressed(e);
            throw reason;
        }
    }
}
