-- Frameworks the user imported (the shipped default stays a file). One row per framework id:
-- a re-import replaces the row, and plans keep their progress because it refers to milestone ids.
CREATE TABLE IF NOT EXISTS framework (
    id           TEXT PRIMARY KEY,
    version      TEXT NOT NULL,
    name         TEXT NOT NULL,
    json         TEXT NOT NULL,
    imported_at  TEXT NOT NULL
);
