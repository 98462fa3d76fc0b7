-- A plan's rhythm (issue 20): a check-in every N weeks, a 1:1 every N weeks (NULL: no 1:1s),
-- a review every N months. A plan without a row follows the defaults of
-- io.ascent.domain.Cadence (4 weeks, 2 weeks, 6 months), so existing plans need no rows.
CREATE TABLE IF NOT EXISTS plan_cadence (
    plan_id           INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    check_in_weeks    INTEGER NOT NULL CHECK (check_in_weeks BETWEEN 1 AND 52),
    one_on_one_weeks  INTEGER CHECK (one_on_one_weeks BETWEEN 1 AND 12),
    review_months     INTEGER NOT NULL CHECK (review_months BETWEEN 1 AND 24)
);

-- The 1:1 log: each 1:1 as recorded after it, with the agenda as used and the decisions (one per
-- line), and its action items in their order. Private text, like milestone notes.
CREATE TABLE IF NOT EXISTS one_on_one (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    held_on      TEXT    NOT NULL,
    agenda       TEXT    NOT NULL DEFAULT '',
    decisions    TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX IF NOT EXISTS one_on_one_by_plan ON one_on_one (plan_id, held_on);

CREATE TABLE IF NOT EXISTS one_on_one_action (
    one_on_one_id  INTEGER NOT NULL REFERENCES one_on_one (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    text           TEXT    NOT NULL,
    due_on         TEXT,
    milestone_id   TEXT,
    PRIMARY KEY (one_on_one_id, position)
) WITHOUT ROWID;

-- "For my next 1:1": questions jotted down until the next 1:1 is recorded.
CREATE TABLE IF NOT EXISTS one_on_one_question (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    text      TEXT    NOT NULL,
    added_at  TEXT    NOT NULL
);
