-- Links on a milestone's progress (a doc, a dashboard, a thread), one per line: a URL cannot
-- contain a line break, so no escaping is needed.
ALTER TABLE milestone_progress ADD COLUMN links TEXT NOT NULL DEFAULT '';
