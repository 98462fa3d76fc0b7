package io.ascent.persistence.sqlite;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Ascent databases with a damaged page that reading the plans does not touch: SQLite reports the
 * damage only when that page is read, or when every page is checked.
 */
public final class DamagedDatabases {

    private DamagedDatabases() {}

    /**
     * Fills plan 1's progress over many pages, closes the database, and writes garbage into one of
     * the last pages of {@code file} (one of those progress pages).
     */
    public static void damageALatePage(Path file) throws SQLException, IOException {
        try (Database db = Database.open(file)) {
            db.withConnection(c -> {
                try (var st = c.prepareStatement("INSERT INTO milestone_progress (plan_id, milestone_id, status, "
                        + "evidence, updated_at) VALUES (1, ?, 'TODO', ?, '2026-12-01T00:00:00Z')")) {
                    for (int i = 0; i < 2000; i++) {
                        st.setString(1, "old-" + i);
                        st.setString(2, "x".repeat(100));
                        st.addBatch();
                    }
                    return st.executeBatch();
                }
            });
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((raf.length() / 4096 - 2) * 4096 + 8);
            raf.write("garbage".repeat(20).getBytes(StandardCharsets.US_ASCII));
        }
    }
}
