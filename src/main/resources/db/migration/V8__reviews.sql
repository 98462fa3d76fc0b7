-- Manager review by file (issue 17, docs/review-format.md).

-- Every plan gets a stable id that travels in review requests and responses, so a response for
-- another plan is recognised in any database. Random (version 4) UUIDs made by SQLite: existing
-- plans get theirs here, new plans when they are inserted.
ALTER TABLE plan ADD COLUMN uuid TEXT;
UPDATE plan SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS plan_by_uuid ON plan (uuid);
CREATE TRIGGER IF NOT EXISTS plan_gets_uuid AFTER INSERT ON plan WHEN NEW.uuid IS NULL BEGIN UPDATE plan SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id; END;

-- The person's side. Requests this database wrote, kept as written (the JSON of the file), so a
-- response can be checked against what was asked.
CREATE TABLE IF NOT EXISTS review_request (
    id          TEXT    PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    created_at  TEXT    NOT NULL,
    request     TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS review_request_by_plan ON review_request (plan_id, created_at);

-- Reviewers' public keys, pinned by name on the first response imported from them.
CREATE TABLE IF NOT EXISTS reviewer_pin (
    name_key    TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    pinned_at   TEXT NOT NULL
);

-- Responses imported: the signed payload's exact bytes and its signature, at most one per request.
CREATE TABLE IF NOT EXISTS review_received (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    request_id   TEXT    NOT NULL UNIQUE REFERENCES review_request (id) ON DELETE CASCADE,
    reviewer     TEXT    NOT NULL,
    public_key   TEXT    NOT NULL,
    answered_at  TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    payload      BLOB    NOT NULL,
    signature    BLOB    NOT NULL
);
CREATE INDEX IF NOT EXISTS review_received_by_plan ON review_received (plan_id);
CREATE TRIGGER IF NOT EXISTS review_received_is_immutable BEFORE UPDATE ON review_received BEGIN SELECT RAISE(ABORT, 'an imported review cannot be changed'); END;

-- A check-in also keeps the reviewer's ratings of the current review at that moment.
CREATE TABLE IF NOT EXISTS check_in_manager_rating (
    check_in_id    INTEGER NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    competency_id  TEXT    NOT NULL,
    level_id       TEXT    NOT NULL,
    PRIMARY KEY (check_in_id, competency_id)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS check_in_manager_rating_is_immutable BEFORE UPDATE ON check_in_manager_rating BEGIN SELECT RAISE(ABORT, 'check-ins cannot be changed'); END;

-- The reviewer's side. One Ed25519 key pair per database, made on the first review; the
-- private key (PKCS#8) never leaves this file except encrypted by File > Export reviewer key.
CREATE TABLE IF NOT EXISTS reviewer_key (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    name         TEXT NOT NULL,
    public_key   TEXT NOT NULL,
    private_key  BLOB NOT NULL,
    created_at   TEXT NOT NULL
);

-- Requests opened for review, with the draft, until sent; then kept as sent, read-only.
CREATE TABLE IF NOT EXISTS review_given (
    request_id  TEXT PRIMARY KEY,
    request     TEXT NOT NULL,
    draft       TEXT NOT NULL,
    opened_at   TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    sent_at     TEXT,
    response    BLOB
);
CREATE TRIGGER IF NOT EXISTS review_given_sent_is_final BEFORE UPDATE ON review_given WHEN OLD.sent_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'a sent review cannot be changed'); END;
