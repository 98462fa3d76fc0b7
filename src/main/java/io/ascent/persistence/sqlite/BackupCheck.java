package io.ascent.persistence.sqlite;

import io.ascent.text.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Whether a file in {@code backups/} can be put in place of a database. Listing only looks at its
 * first 100 bytes ({@link #looksComplete}: not empty, a SQLite file, as long as its header says);
 * a restore reads all of it first ({@link #problem}: Ascent's, not newer than this build, every
 * page sound), through a read-only, immutable connection that leaves no {@code -wal} or
 * {@code -shm} beside it.
 */
final class BackupCheck {

    private static final int HEADER_BYTES = 100;

    private BackupCheck() {}

    /**
     * False for an empty file, one that is not SQLite, or one shorter than its header says (a copy
     * cut short by a crash or a full disk): such a file is never listed, so never "the newest".
     */
    static boolean looksComplete(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(HEADER_BYTES);
            if (header.length < HEADER_BYTES
                    || DatabaseProblems.checkHeader(file).isPresent()) {
                return false;
            }
            ByteBuffer b = ByteBuffer.wrap(header);
            int pageSize = Short.toUnsignedInt(b.getShort(16));
            pageSize = pageSize == 1 ? 65536 : pageSize;
            // The page count in the header is valid only where SQLite says so (change counters match).
            long pages = b.getInt(92) == b.getInt(24) ? Integer.toUnsignedLong(b.getInt(28)) : 0;
            long size = Files.size(file);
            return pageSize >= 512 && size % pageSize == 0 && size >= pages * pageSize;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a copy just written is whole: {@link #looksComplete} and every page sound. */
    static boolean complete(Path copy) {
        if (!looksComplete(copy)) {
            return false;
        }
        try (Connection c = Ownership.readOnly(copy, true);
                Statement st = c.createStatement();
                var rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() && "ok".equals(rs.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /** Why {@code backup} cannot be restored, in words for the user; empty if it can. */
    static Optional<String> problem(Path backup) {
        if (!Files.isRegularFile(backup) || DatabaseFiles.size(backup) == 0) {
            return Optional.of(I18n.t("backup.broken.empty"));
        }
        if (!looksComplete(backup)) {
            return Optional.of(I18n.t("backup.broken.damaged"));
        }
        try {
            if (Ownership.check(backup, true) < 1) {
                return Optional.of(I18n.t("backup.broken.foreign"));
            }
        } catch (DatabaseUnusableException e) {
            return Optional.of(I18n.t(
                    switch (e.problem()) {
                        case FOREIGN -> "backup.broken.foreign";
                        case NEWER_VERSION -> "backup.broken.newer";
                        default -> "backup.broken.damaged";
                    }));
        }
        return complete(backup) ? Optional.empty() : Optional.of(I18n.t("backup.broken.damaged"));
    }
}
