package vn.laichau.par.notifier.policy;

import vn.laichau.par.application.time.TimeConfiguration;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is alerted about what, when. Counts of "working days" follow the
 * {@link vn.laichau.par.domain.calendar.WorkingDayCalendar}; counts of "days" are calendar days.
 *
 * @param reminderWorkingDays   reminders to the officials this many working days before the due date,
 *                              largest first (default 14, 7, 3, 1)
 * @param remindOnDueDay        a reminder on the due date itself (default yes)
 * @param firstOverdueAfterDays the first overdue alert this many days after the due date (default 1)
 * @param overdueRepeatDays     then again every this many days while the occurrence stays open; 0 never
 *                              (default 7)
 * @param headEscalationWorkingDays the agency head is told once an occurrence is overdue by this many working
 *                              days; 0 never (default 3)
 * @param weeklyDigestDay       the weekday of the monitoring agency's digest (default Monday)
 * @param monthlySummaryDay     the day of the month of the monitoring agency's on-time summary of the previous
 *                              month; 0 never (default 1)
 * @param quietHours            hours in which non-urgent messages are held (default 21:00–07:00)
 * @param zone                  the time zone of days and hours (default Asia/Ho_Chi_Minh)
 * @param urgentKinds           kinds sent on the day they are planned, whatever the day and hour; every other
 *                              kind waits for the morning of a working day (default none: no alert of an
 *                              administrative plan is worth a message at night or on Tết)
 */
public record AlertPolicy(
        List<Integer> reminderWorkingDays,
        boolean remindOnDueDay,
        int firstOverdueAfterDays,
        int overdueRepeatDays,
        int headEscalationWorkingDays,
        DayOfWeek weeklyDigestDay,
        int monthlySummaryDay,
        QuietHours quietHours,
        ZoneId zone,
        Set<AlertKind> urgentKinds) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of(TimeConfiguration.DEFAULT_ZONE);

    public AlertPolicy {
        for (int n : reminderWorkingDays) {
            require(n > 0, "reminder working days must be positive: " + n);
        }
        reminderWorkingDays = reminderWorkingDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        require(firstOverdueAfterDays >= 1, "the first overdue alert comes at least one day after the due date");
        require(overdueRepeatDays >= 0, "the overdue repeat cannot be negative");
        require(headEscalationWorkingDays >= 0, "the head escalation delay cannot be negative");
        Objects.requireNonNull(weeklyDigestDay, "weeklyDigestDay");
        require(monthlySummaryDay >= 0 && monthlySummaryDay <= 28, "the monthly summary day must be 0 (never) to 28");
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(zone, "zone");
        urgentKinds = urgentKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(urgentKinds));
    }

    public static AlertPolicy defaults() {
        return new AlertPolicy(List.of(14, 7, 3, 1), true, 1, 7, 3, DayOfWeek.MONDAY, 1,
                QuietHours.DEFAULT, DEFAULT_ZONE, Set.of());
    }

    public boolean isUrgent(AlertKind kind) {
        return urgentKinds.contains(kind);
    }

    public int largestReminderWorkingDays() {
        return reminderWorkingDays.isEmpty() ? 0 : reminderWorkingDays.get(0);
    }

    public AlertPolicy withReminderWorkingDays(Collection<Integer> days) {
        return new AlertPolicy(List.copyOf(days), remindOnDueDay, firstOverdueAfterDays, overdueRepeatDays,
                headEscalationWorkingDays, weeklyDigestDay, monthlySummaryDay, quietHours, zone, urgentKinds);
    }

    public AlertPolicy withOverdue(int firstAfterDays, int repeatDays) {
        return new AlertPolicy(reminderWorkingDays, remindOnDueDay, firstAfterDays, repeatDays,
                headEscalationWorkingDays, weeklyDigestDay, monthlySummaryDay, quietHours, zone, urgentKinds);
    }

    public AlertPolicy withHeadEscalationWorkingDays(int workingDays) {
        return new AlertPolicy(reminderWorkingDays, remindOnDueDay, firstOverdueAfterDays, overdueRepeatDays,
                workingDays, weeklyDigestDay, monthlySummaryDay, quietHours, zone, urgentKinds);
    }

    public AlertPolicy withQuietHours(QuietHours hours) {
        return new AlertPolicy(reminderWorkingDays, remindOnDueDay, firstOverdueAfterDays, overdueRepeatDays,
                headEscalationWorkingDays, weeklyDigestDay, monthlySummaryDay, hours, zone, urgentKinds);
    }

    public AlertPolicy withUrgentKinds(Set<AlertKind> kinds) {
        return new AlertPolicy(reminderWorkingDays, remindOnDueDay, firstOverdueAfterDays, overdueRepeatDays,
                headEscalationWorkingDays, weeklyDigestDay, monthlySummaryDay, quietHours, zone, kinds);
    }

    public AlertPolicy withDigestDays(DayOfWeek weekly, int monthlyDayOfMonth) {
        return new AlertPolicy(reminderWorkingDays, remindOnDueDay, firstOverdueAfterDays, overdueRepeatDays,
                headEscalationWorkingDays, weekly, monthlyDayOfMonth, quietHours, zone, urgentKinds);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
