package vn.laichau.par.notifier.policy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The alert policy as written in the configuration (MicroProfile Config, so also as environment variables):
 * <ul>
 *   <li>{@code par.alerts.reminder-days} ({@code PAR_ALERTS_REMINDER_DAYS}, default {@code 14,7,3,1,0}): the
 *       working days before the due date on which officials are reminded; {@code 0} is the due date itself;</li>
 *   <li>{@code par.alerts.overdue-repeat-days} (default {@code 7}): the overdue alert, first sent the day after
 *       the due date, comes again every this many days; {@code 0} never again;</li>
 *   <li>{@code par.alerts.head-escalation-working-days} (default {@code 3}): the agency head is told once an
 *       occurrence is overdue by this many working days; {@code 0} never;</li>
 *   <li>{@code par.alerts.quiet-hours} (default {@code 21:00-07:00}): hours in which no message goes out;
 *       {@code none} for none;</li>
 *   <li>{@code par.alerts.digest-day} (default {@code MONDAY}): the weekday of the monitoring agency's digest;</li>
 *   <li>{@code par.alerts.summary-day} (default {@code 1}): the day of the month of the on-time summary of the
 *       previous month, 1–28; {@code 0} never.</li>
 * </ul>
 */
public final class PolicySettings {

    public static final String REMINDER_DAYS = "14,7,3,1,0";
    public static final String OVERDUE_REPEAT_DAYS = "7";
    public static final String HEAD_ESCALATION_WORKING_DAYS = "3";
    public static final String QUIET_HOURS = "21:00-07:00";
    public static final String DIGEST_DAY = "MONDAY";
    public static final String SUMMARY_DAY = "1";

    private PolicySettings() {
    }

    /** The policy these settings describe; an {@link IllegalArgumentException} names the setting that is wrong. */
    public static AlertPolicy policy(String reminderDays, int overdueRepeatDays, int headEscalationWorkingDays,
                                     String quietHours, String digestDay, int summaryDay, ZoneId zone) {
        List<Integer> before = new ArrayList<>();
        boolean onDueDay = false;
        for (String part : reminderDays.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int days = number("par.alerts.reminder-days", part.strip());
            if (days < 0) {
                throw new IllegalArgumentException("par.alerts.reminder-days: a negative day " + days);
            }
            if (days == 0) {
                onDueDay = true;
            } else {
                before.add(days);
            }
        }
        AlertPolicy defaults = AlertPolicy.defaults();
        try {
            return new AlertPolicy(before, onDueDay, defaults.firstOverdueAfterDays(), overdueRepeatDays,
                    headEscalationWorkingDays, weekday(digestDay), summaryDay, quietHours(quietHours), zone,
                    Set.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("par.alerts: " + e.getMessage(), e);
        }
    }

    /** The defaults of every setting. */
    public static AlertPolicy defaults(ZoneId zone) {
        return policy(REMINDER_DAYS, Integer.parseInt(OVERDUE_REPEAT_DAYS),
                Integer.parseInt(HEAD_ESCALATION_WORKING_DAYS), QUIET_HOURS, DIGEST_DAY,
                Integer.parseInt(SUMMARY_DAY), zone);
    }

    /** {@code 21:00-07:00}, or {@code none}. */
    static QuietHours quietHours(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("none")) {
            return QuietHours.none();
        }
        String[] ends = value.split("-");
        if (ends.length != 2) {
            throw new IllegalArgumentException("par.alerts.quiet-hours: expected HH:mm-HH:mm or none, got " + text);
        }
        try {
            return new QuietHours(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("par.alerts.quiet-hours: expected HH:mm-HH:mm or none, got " + text, e);
        }
    }

    private static DayOfWeek weekday(String text) {
        try {
            return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("par.alerts.digest-day: expected MONDAY … SUNDAY, got " + text, e);
        }
    }

    private static int number(String setting, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + ": not a number: " + text, e);
        }
    }
}
