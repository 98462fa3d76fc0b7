-- A plan's rhythm (issue 20): a check-in every N weeks, a 1:1 every N weeks (NULL: no 1:1s),
-- a review every N months. A plan without a row follows the defaults of
-- io.ascent.domain.Cadence (4 weeks, 2 weeks, 6 months), so existing plans need no rows.
CREATE TABLE plan_cadence (
    plan_id           INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    check_in_weeks    INTEGER NOT NULL CHECK (check_in_weeks BETWEEN 1 AND 52),
    one_on_one_weeks  INTEGER CHECK (one_on_one_weeks BETWEEN 1 AND 12),
    review_months     INTEGER NOT NULL CHECK (review_months BETWEEN 1 AND 24)
);
