-- Plan names are unique as people read them: equal after Unicode normalization (NFC) and case
-- folding, which is io.ascent.domain.PlanName.key. SQLite cannot fold Unicode case, so the key
-- is computed in Java and stored beside the name, where a unique index guards it. Earlier
-- versions compared names byte for byte: "Same" and "same" could both exist. The step keeps the
-- oldest plan's name, renames the others ("same (2)"), removes the invisible characters names
-- may no longer hold, and tells the user once what it renamed.
ALTER TABLE plan ADD COLUMN name_key TEXT;
-- step: plan-name-keys
CREATE UNIQUE INDEX plan_name_key ON plan (name_key);
