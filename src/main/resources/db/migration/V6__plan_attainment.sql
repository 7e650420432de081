-- How much of its plan or target a figure reaches, as articles state it («đạt 105% kế hoạch năm»): a percent that
-- may exceed 100, never negative. Null where the article says nothing of the plan.
ALTER TABLE figure ADD COLUMN plan_pct numeric CHECK (plan_pct >= 0);
