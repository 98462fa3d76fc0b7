-- Issue 15, items 3 and 7: the user's own milestones, and plans whose target was reached.

-- "I got promoted": the day the target was reached. A plan with one is kept as it was.
ALTER TABLE plan ADD COLUMN reached_on TEXT;

-- Milestones the user added to a cell of their plan. Ids are 'own:' and six letters or digits
-- (io.ascent.domain.OwnMilestones), which no framework id can be. Progress on them is stored in
-- milestone_progress like any other item's.
CREATE TABLE IF NOT EXISTS own_milestone (
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    id             TEXT    NOT NULL,
    competency_id  TEXT    NOT NULL,
    level_id       TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    description    TEXT    NOT NULL DEFAULT '',
    optional       INTEGER NOT NULL DEFAULT 0 CHECK (optional IN (0, 1)),
    added_at       TEXT    NOT NULL,
    PRIMARY KEY (plan_id, id)
) WITHOUT ROWID;

-- A reached plan refuses every change to what it holds, whatever writes it (the services refuse
-- first, with the plan's name; these keep a stale window or a tool from getting round them).
-- Deleting the plan still works: its rows go after it, when it no longer counts as reached.
CREATE TRIGGER IF NOT EXISTS reached_plan_progress_insert BEFORE INSERT ON milestone_progress WHEN EXISTS (SELECT 1 FROM plan WHERE id = NEW.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_progress_update BEFORE UPDATE ON milestone_progress WHEN EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_progress_delete BEFORE DELETE ON milestone_progress WHEN EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_rating_insert BEFORE INSERT ON competency_rating WHEN EXISTS (SELECT 1 FROM plan WHERE id = NEW.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_rating_update BEFORE UPDATE ON competency_rating WHEN EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_rating_delete BEFORE DELETE ON competency_rating WHEN EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_check_in_insert BEFORE INSERT ON check_in WHEN EXISTS (SELECT 1 FROM plan WHERE id = NEW.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_own_insert BEFORE INSERT ON own_milestone WHEN EXISTS (SELECT 1 FROM plan WHERE id = NEW.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_own_update BEFORE UPDATE ON own_milestone WHEN EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
CREATE TRIGGER IF NOT EXISTS reached_plan_own_delete BEFORE DELETE ON own_milestone WHEN EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id AND reached_on IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'ascent: plan reached'); END;
