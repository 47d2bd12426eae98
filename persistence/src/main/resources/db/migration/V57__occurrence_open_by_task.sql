-- The open occurrences of a task, by due date: the on-time-rate dashboard counts a plan's overdue ones by
-- reading only these entries (covering: plan year and agency are in the index).
CREATE INDEX ix_occurrence_task_open ON occurrence (task_id, finished_on, due_date, plan_year, agency_id);
