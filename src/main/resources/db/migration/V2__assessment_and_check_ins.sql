-- Self-assessment ratings and check-ins. Ratings and snapshots refer to competencies, levels
-- and milestones by their stable framework ids, like milestone_progress.
CREATE TABLE IF NOT EXISTS competency_rating (
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    competency_id  TEXT    NOT NULL,
    level_id       TEXT    NOT NULL,
    justification  TEXT    NOT NULL DEFAULT '',
    updated_at     TEXT    NOT NULL,
    PRIMARY KEY (plan_id, competency_id)
) WITHOUT ROWID;

-- A check-in is a snapshot: rows are inserted once and never updated (triggers refuse it).
CREATE TABLE IF NOT EXISTS check_in (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    taken_at    TEXT    NOT NULL,
    done        INTEGER NOT NULL,
    required    INTEGER NOT NULL,
    note        TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX IF NOT EXISTS check_in_by_plan ON check_in (plan_id, taken_at);

CREATE TABLE IF NOT EXISTS check_in_rating (
    check_in_id    INTEGER NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    competency_id  TEXT    NOT NULL,
    level_id       TEXT    NOT NULL,
    PRIMARY KEY (check_in_id, competency_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS check_in_milestone (
    check_in_id   INTEGER NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    milestone_id  TEXT    NOT NULL,
    PRIMARY KEY (check_in_id, milestone_id)
) WITHOUT ROWID;

CREATE TRIGGER IF NOT EXISTS check_in_is_immutable BEFORE UPDATE ON check_in BEGIN SELECT RAISE(ABORT, 'check-ins cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS check_in_rating_is_immutable BEFORE UPDATE ON check_in_rating BEGIN SELECT RAISE(ABORT, 'check-ins cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS check_in_milestone_is_immutable BEFORE UPDATE ON check_in_milestone BEGIN SELECT RAISE(ABORT, 'check-ins cannot be changed'); END;
