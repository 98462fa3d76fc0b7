package io.ascent.persistence.sqlite;

import io.ascent.domain.Win;
import io.ascent.domain.storage.SaveResult;
import io.ascent.persistence.WinRepository;
import io.ascent.text.I18n;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link WinRepository} on the SQLite {@link Database}. Edits and removals write through
 * {@link CompareAndSet}: only a win still stored as the editor saw it is changed.
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
    public List<Win> insertAll(long planId, List<Win> wins, Instant now) {
        return database.write(I18n.t("persist.action.importWins"), c -> {
            List<Win> stored = new ArrayList<>();
            for (Win win : wins) {
                stored.add(win.withId(WinRows.insert(c, planId, win, now)));
            }
            PlanRows.touch(c, planId, now);
            return stored;
        });
    }

    @Override
    public Optional<Win> update(long planId, Win expected, Win wanted, Instant now) {
        return save(planId, expected, Optional.of(wanted.withId(expected.id())), now, "persist.action.saveWin")
                .stored();
    }

    @Override
    public boolean delete(long planId, Win expected, Instant now) {
        return save(planId, expected, Optional.empty(), now, "persist.action.removeWin")
                .saved();
    }

    /** Writes {@code wanted} (empty: removes the win) only if the win is still stored as {@code expected}. */
    private SaveResult<Optional<Win>> save(
            long planId, Win expected, Optional<Win> wanted, Instant now, String actionKey) {
        return CompareAndSet.save(
                database,
                I18n.t(actionKey),
                Optional.of(expected),
                wanted,
                c -> WinRows.find(c, planId, expected.id()),
                (c, win) -> {
                    if (win.isPresent()) {
                        WinRows.update(c, planId, win.get(), now);
                    } else {
                        WinRows.delete(c, planId, expected.id());
                    }
                    PlanRows.touch(c, planId, now);
                });
    }
}
