-- Finished occurrences counted per plan, plan year and agency: on time (finished on or before the due date)
-- and late. The on-time-rate dashboard reads these few rows instead of every occurrence of a plan's period.
-- Triggers on occurrence keep the counts, so every writer (API, bot, import, next cycle, SQL) keeps them right;
-- each trigger is one statement that does nothing for an open occurrence.
CREATE TABLE occurrence_tally (
    plan_id           BIGINT NOT NULL,
    plan_year         INT    NOT NULL,
    agency_id         BIGINT NOT NULL,
    finished_on_time  INT    NOT NULL DEFAULT 0,
    finished_late     INT    NOT NULL DEFAULT 0,
    CONSTRAINT pk_occurrence_tally PRIMARY KEY (plan_id, plan_year, agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO occurrence_tally (plan_id, plan_year, agency_id, finished_on_time, finished_late)
SELECT t.plan_id, o.plan_year, o.agency_id, SUM(o.finished_on <= o.due_date), SUM(o.finished_on > o.due_date)
FROM occurrence o JOIN task t ON t.id = o.task_id
WHERE o.finished_on IS NOT NULL
GROUP BY t.plan_id, o.plan_year, o.agency_id;

CREATE TRIGGER occurrence_tally_on_insert AFTER INSERT ON occurrence FOR EACH ROW
    INSERT INTO occurrence_tally (plan_id, plan_year, agency_id, finished_on_time, finished_late)
    SELECT t.plan_id, NEW.plan_year, NEW.agency_id, NEW.finished_on <= NEW.due_date, NEW.finished_on > NEW.due_date
    FROM task t WHERE t.id = NEW.task_id AND NEW.finished_on IS NOT NULL
    ON DUPLICATE KEY UPDATE finished_on_time = finished_on_time + VALUES(finished_on_time),
                            finished_late = finished_late + VALUES(finished_late);

CREATE TRIGGER occurrence_tally_on_delete AFTER DELETE ON occurrence FOR EACH ROW
    UPDATE occurrence_tally x JOIN task t ON t.id = OLD.task_id
    SET x.finished_on_time = x.finished_on_time - (OLD.finished_on <= OLD.due_date),
        x.finished_late = x.finished_late - (OLD.finished_on > OLD.due_date)
    WHERE OLD.finished_on IS NOT NULL AND x.plan_id = t.plan_id AND x.plan_year = OLD.plan_year
      AND x.agency_id = OLD.agency_id;

-- An update that touches what is counted takes the old row out, then puts the new one in.
CREATE TRIGGER occurrence_tally_on_update_remove AFTER UPDATE ON occurrence FOR EACH ROW
    UPDATE occurrence_tally x JOIN task t ON t.id = OLD.task_id
    SET x.finished_on_time = x.finished_on_time - (OLD.finished_on <= OLD.due_date),
        x.finished_late = x.finished_late - (OLD.finished_on > OLD.due_date)
    WHERE OLD.finished_on IS NOT NULL AND x.plan_id = t.plan_id AND x.plan_year = OLD.plan_year
      AND x.agency_id = OLD.agency_id
      AND NOT (OLD.finished_on <=> NEW.finished_on AND OLD.due_date <=> NEW.due_date
               AND OLD.plan_year <=> NEW.plan_year AND OLD.agency_id <=> NEW.agency_id
               AND OLD.task_id <=> NEW.task_id);

CREATE TRIGGER occurrence_tally_on_update_add AFTER UPDATE ON occurrence FOR EACH ROW
    FOLLOWS occurrence_tally_on_update_remove
    INSERT INTO occurrence_tally (plan_id, plan_year, agency_id, finished_on_time, finished_late)
    SELECT t.plan_id, NEW.plan_year, NEW.agency_id, NEW.finished_on <= NEW.due_date, NEW.finished_on > NEW.due_date
    FROM task t WHERE t.id = NEW.task_id AND NEW.finished_on IS NOT NULL
      AND NOT (OLD.finished_on <=> NEW.finished_on AND OLD.due_date <=> NEW.due_date
               AND OLD.plan_year <=> NEW.plan_year AND OLD.agency_id <=> NEW.agency_id
               AND OLD.task_id <=> NEW.task_id)
    ON DUPLICATE KEY UPDATE finished_on_time = finished_on_time + VALUES(finished_on_time),
                            finished_late = finished_late + VALUES(finished_late);
