package io.ascent.persistence.sqlite;

import io.ascent.domain.storage.Backup;
import io.ascent.persistence.PersistenceException;
import io.ascent.text.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/** Putting a backup's pages into a database: into an open one, or in place of one that cannot be opened. */
final class Restores {

    private Restores() {}

    /**
     * The backup is first restored into {@code <name>.restoring-<unique>} beside the database; only then is
     * the problem file (with its -wal, -shm and -journal) moved aside under a new name, never
     * overwritten or deleted, and the restored file renamed into place in one atomic step, so a
     * crash never leaves a partial database. Returns where the problem file now is, if there was one.
     */
    static Optional<Path> inPlaceOf(Path databaseFile, Backup backup, Clock clock, DoubleConsumer progress) {
        Path restoring = null;
        Connection connection = null;
        try {
            // A name of its own (owner-only): a file the user keeps as "<name>.restoring" is never touched.
            restoring = Files.createTempFile(databaseFile.getParent(), databaseFile.getFileName() + ".restoring-", "");
            connection = Connections.connect(restoring);
            into(connection, backup, progress);
            connection.close();
        } catch (SQLException | IOException e) {
            Connections.closeQuietly(connection);
            if (restoring != null) {
                DamagedFiles.deleteSetQuietly(restoring);
            }
            throw new PersistenceException(I18n.t("backup.restoreFailed", e.getMessage()), e);
        }
        boolean existed = Files.exists(databaseFile);
        Path aside = DamagedFiles.moveAside(databaseFile, clock);
        try {
            Files.move(restoring, databaseFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            DamagedFiles.moveBack(aside, databaseFile);
            DamagedFiles.deleteSetQuietly(restoring);
            throw new PersistenceException(I18n.t("backup.restoreFailed", e.getMessage()), e);
        }
        progress.accept(1.0);
        return existed ? Optional.of(aside) : Optional.empty();
    }

    /** Replaces the content behind {@code connection} with {@code backup}'s, reporting progress up to 0.99. */
    static void into(Connection connection, Backup backup, DoubleConsumer progress) throws SQLException {
        // Up to 0.99: the last step (putting the file in place) is done when it is done.
        DB.ProgressObserver observer =
                (remaining, pages) -> progress.accept(pages <= 0 ? 0.99 : 0.99 * (1.0 - (double) remaining / pages));
        Set<Path> sidecars = DatabaseFiles.sidecars(backup.file());
        int rc;
        try {
            rc = sqlite(connection).restore("main", backup.file().toString(), observer);
        } finally {
            // Reading the backup must not leave a -wal and -shm beside it in backups/.
            DatabaseFiles.removeSidecarsMadeSince(backup.file(), sidecars);
        }
        if (rc != Backups.SQLITE_OK) {
            throw new SQLException("restore returned SQLite code " + rc, null, rc);
        }
    }

    static DB sqlite(Connection connection) throws SQLException {
        return connection.unwrap(SQLiteConnection.class).getDatabase();
    }
}
