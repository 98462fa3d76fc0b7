package io.ascent.persistence.sqlite;

import io.ascent.domain.Win;
import io.ascent.persistence.WinRepository;
import io.ascent.text.I18n;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link WinRepository} on the SQLite {@link Database}. An edit reads the stored win and compares
 * it with what the editor saw inside the write transaction, which holds the database's write
 * lock: no other window or command can write between the comparison and the write.
 */
public final class SqliteWinRepository implements WinRepository {

    private final Database database;

    public SqliteWinRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Win> findByPlan(long planId) {
        return database.read(I18n.t("persist.action.readWins"), c -> {
            List<Win> wins = new ArrayList<>(WinRows.read(c, planId, new ArrayList<>()));
            wins.sort(Win.NEWEST_FIRST);
            return wins;
        });
    }

    @Override
    public Win insert(long planId, Win win, Instant now) {
        return database.write(I18n.t("persist.action.saveWin"), c -> {
            long id = WinRows.insert(c, planId, win, now);
            PlanRows.touch(c, planId, now);
            return win.withId(id);
        });
    }

    @Override
    public Optional<Win> update(long planId, Win expected, Win wanted, Instant now) {
        return database.write(I18n.t("persist.action.saveWin"), c -> {
            Optional<Win> stored = WinRows.find(c, planId, expected.id());
            if (stored.isEmpty() || !stored.get().equals(expected)) {
                return stored;
            }
            Win written = wanted.withId(expected.id());
            WinRows.update(c, planId, written, now);
            PlanRows.touch(c, planId, now);
            return Optional.of(written);
        });
    }

    @Override
    public boolean delete(long planId, Win expected, Instant now) {
        return database.write(I18n.t("persist.action.removeWin"), c -> {
            Optional<Win> stored = WinRows.find(c, planId, expected.id());
            if (stored.isEmpty() || !stored.get().equals(expected)) {
                return false;
            }
            try (var st = c.prepareStatement("DELETE FROM win WHERE plan_id = ? AND id = ?")) {
                st.setLong(1, planId);
                st.setLong(2, expected.id());
                st.executeUpdate();
            }
            PlanRows.touch(c, planId, now);
            return true;
        });
    }
}
