package vn.laichau.par.notifier.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.policy.AlertPolicy;

/**
 * One planned day with everything the policy asks of the calendar worked out once, so that each occurrence
 * is then judged by a few array look-ups on its due date.
 *
 * <p>A non-urgent alert whose day falls on a day off, or in the days off before a working day, goes out on
 * that working day: its <em>window</em> runs from the day after the previous working day up to the planned
 * day. An urgent kind's window is the planned day alone. On a day off, non-urgent windows are empty.
 *
 * <p>Working days are counted in a prefix-sum array that covers the planned day, the largest reminder offset
 * ahead and the escalation delay behind; due dates outside it are too far to need an exact count.
 */
final class PlanningDay {

    private static final int FAR = Integer.MAX_VALUE;

    private final LocalDate day;
    private final long today;
    private final boolean workingDay;
    private final AlertPolicy policy;
    private final long heldSince;
    private final long firstIndexed;
    private final long lastIndexed;
    private final int[] workingDaysBefore;
    private final boolean[] reminderOffset;
    private final boolean weeklyDigest;
    private final YearMonth summarisedMonth;

    private PlanningDay(LocalDate day, WorkingDayCalendar calendar, AlertPolicy policy) {
        this.day = day;
        this.today = day.toEpochDay();
        this.policy = policy;
        this.workingDay = calendar.isWorkingDay(day);
        this.heldSince = calendar.minusWorkingDays(day, 1).plusDays(1).toEpochDay();

        LocalDate first = calendar.minusWorkingDays(day, Math.max(policy.headEscalationWorkingDays(), 1) + 1);
        LocalDate last = calendar.plusWorkingDays(day, policy.largestReminderWorkingDays() + 1);
        this.firstIndexed = first.toEpochDay();
        this.lastIndexed = last.toEpochDay();
        int length = (int) (lastIndexed - firstIndexed + 1);
        this.workingDaysBefore = new int[length + 1];
        for (int i = 0; i < length; i++) {
            workingDaysBefore[i + 1] = workingDaysBefore[i] + (calendar.isWorkingDay(first.plusDays(i)) ? 1 : 0);
        }

        this.reminderOffset = new boolean[policy.largestReminderWorkingDays() + 1];
        policy.reminderWorkingDays().forEach(n -> reminderOffset[n] = true);

        boolean digest = false;
        YearMonth month = null;
        long from = windowStart(AlertKind.WEEKLY_DIGEST);
        for (long d = from; d <= today; d++) {
            digest |= LocalDate.ofEpochDay(d).getDayOfWeek() == policy.weeklyDigestDay();
        }
        for (long d = windowStart(AlertKind.MONTHLY_SUMMARY); d <= today; d++) {
            LocalDate date = LocalDate.ofEpochDay(d);
            if (policy.monthlySummaryDay() > 0 && date.getDayOfMonth() == policy.monthlySummaryDay()) {
                month = YearMonth.from(date).minusMonths(1);
            }
        }
        this.weeklyDigest = digest;
        this.summarisedMonth = month;
    }

    static PlanningDay of(LocalDate day, WorkingDayCalendar calendar, AlertPolicy policy) {
        return new PlanningDay(day, calendar, policy);
    }

    LocalDate day() {
        return day;
    }

    /** The first day whose alerts of this kind go out today; after today when none can go out today. */
    private long windowStart(AlertKind kind) {
        if (policy.isUrgent(kind)) {
            return today;
        }
        return workingDay ? heldSince : today + 1;
    }

    /** Whether one of the occurrence's reminder or overdue days falls in today's reminder window. */
    boolean remindsOf(long due) {
        long from = windowStart(AlertKind.REMINDER);
        if (from > today) {
            return false;
        }
        if (due > today) {
            if (!workingDay) {
                return false;
            }
            int left = workingDaysLeft(due);
            return left < reminderOffset.length && reminderOffset[left];
        }
        if (policy.remindOnDueDay() && due >= from) {
            return true;
        }
        long first = due + policy.firstOverdueAfterDays();
        long latest = today - first;
        if (latest < 0) {
            return false;
        }
        long earliest = Math.max(from - first, 0);
        int repeat = policy.overdueRepeatDays();
        if (repeat == 0) {
            return earliest == 0;
        }
        return Math.floorDiv(earliest + repeat - 1, repeat) * repeat <= latest;
    }

    /** Whether today is the working day on which the occurrence has been overdue for the escalation delay. */
    boolean escalatesOf(long due) {
        int delay = policy.headEscalationWorkingDays();
        return delay > 0 && workingDay && windowStart(AlertKind.HEAD_ESCALATION) <= today
                && due < today && workingDaysOverdue(due) == delay;
    }

    boolean isWeeklyDigestDay() {
        return weeklyDigest;
    }

    /** The month whose on-time summary goes out today, if one does. */
    Optional<YearMonth> summarisedMonth() {
        return Optional.ofNullable(summarisedMonth);
    }

    Notice noticeOf(long due) {
        if (due > today) {
            return Notice.upcoming(workingDaysLeft(due));
        }
        return due == today ? Notice.dueToday() : Notice.overdue((int) (today - due));
    }

    /** Working days from today (counted when it is one) up to the due date (not counted). */
    private int workingDaysLeft(long due) {
        return due > lastIndexed ? FAR : countWorkingDays(today, due);
    }

    /** Working days after the due date up to today, both ends as the Civil Code counts them. */
    private int workingDaysOverdue(long due) {
        return due < firstIndexed ? FAR : countWorkingDays(due + 1, today + 1);
    }

    /** Working days in [from, to), both within the indexed span. */
    private int countWorkingDays(long from, long to) {
        return workingDaysBefore[(int) (to - firstIndexed)] - workingDaysBefore[(int) (from - firstIndexed)];
    }
}
