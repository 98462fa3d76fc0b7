-- Plans and their milestone progress. Framework content lives in framework files; progress
-- refers to milestones by their stable ids so it survives a content update.
CREATE TABLE plan (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL UNIQUE,
    framework_id     TEXT    NOT NULL,
    current_level    TEXT    NOT NULL,
    target_level     TEXT    NOT NULL,
    specialization   TEXT    NOT NULL,
    target_date      TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

CREATE TABLE milestone_progress (
    plan_id      INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    milestone_id TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('TODO', 'IN_PROGRESS', 'DONE')),
    done_date    TEXT,
    due_date     TEXT,
    evidence     TEXT    NOT NULL DEFAULT '',
    notes        TEXT    NOT NULL DEFAULT '',
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (plan_id, milestone_id)
) WITHOUT ROWID;
