-- Wins: dated achievements of a plan, with their impact and tags. Links, competency ids and
-- milestone ids are stored one per line, as milestone links are: none can contain a line break.
CREATE TABLE IF NOT EXISTS win (
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

CREATE INDEX IF NOT EXISTS win_by_plan ON win (plan_id, win_date);

-- A reached plan keeps its wins as they were, like the rest of it (see V7); its next plan
-- carries copies of them.
CREATE TRIGGER IF NOT EXISTS reached_plan_win_insert BEFORE INSERT ON win WHEN EXISTS (SELECT 1 FROM plan WHERE id = NEW.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_win_update BEFORE UPDATE ON win WHEN EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_win_delete BEFORE DELETE ON win WHEN EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
