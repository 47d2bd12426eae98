-- The occurrences a message lists move into the message's own row, grouped by the due date each had when the
-- message was planned: "2025-10-16:100,101;2025-10-09:97" (a group without a date: due date unknown, as for the
-- rows moved here). Planning a day then writes one row per message however long its list, and just before
-- sending an item finished since, or whose due date moved since (an extension), is left out of the message.
ALTER TABLE alert_outbox ADD COLUMN items MEDIUMTEXT NULL;

UPDATE alert_outbox a SET items = (
    SELECT GROUP_CONCAT(o.occurrence_id ORDER BY o.occurrence_id SEPARATOR ',')
    FROM alert_outbox_occurrence o WHERE o.alert_key = a.alert_key);

DROP TABLE alert_outbox_occurrence;
