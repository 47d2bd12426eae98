package vn.laichau.par.notifier;

import java.time.Instant;

/**
 * One of the notifier's container-managed schedules as the container holds it.
 *
 * @param name       "alert planning" or "alert dispatch"
 * @param expression the calendar expression: second, minute, hour, day of month, month, day of week, and zone
 * @param nextFiring when the container fires it next
 * @param running    whether a firing does its work on this instance ({@code par.alerts.scheduled}); when not,
 *                   the schedule stays registered and each firing returns at once
 */
public record AlertSchedule(String name, String expression, Instant nextFiring, boolean running) {
}
