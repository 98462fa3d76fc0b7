-- Wins: dated achievements of a plan, with their impact and tags. Links, competency ids and
-- milestone ids are stored one per line, as milestone links are: none can contain a line break.
CREATE TABLE win (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    win_date     TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    story        TEXT    NOT NULL DEFAULT '',
    metric       TEXT    NOT NULL DEFAULT '',
    before_value TEXT    NOT NULL DEFAULT '',
    after_value  TEXT    NOT NULL DEFAULT '',
    share        TEXT    NOT NULL DEFAULT '',
    links        TEXT    NOT NULL DEFAULT '',
    competencies TEXT    NOT NULL DEFAULT '',
    milestones   TEXT    NOT NULL DEFAULT '',
    shareable    INTEGER NOT NULL DEFAULT 1 CHECK (shareable IN (0, 1)),
    updated_at   TEXT    NOT NULL
);

CREATE INDEX win_by_plan ON win (plan_id, win_date);
