package vn.laichau.par.notifier.planning;

import java.util.Objects;

/**
 * What a message says about one open occurrence on its day.
 *
 * @param workingDaysLeft working days from the message's day up to the due date, that day counted and the due
 *                        date not (so 3 on the "3 working days before" reminder); 0 unless upcoming
 * @param daysOverdue     calendar days since the due date; 0 unless overdue
 */
public record Notice(DueState state, int workingDaysLeft, int daysOverdue) {

    public Notice {
        Objects.requireNonNull(state, "state");
    }

    public static Notice upcoming(int workingDaysLeft) {
        return new Notice(DueState.UPCOMING, workingDaysLeft, 0);
    }

    public static Notice dueToday() {
        return new Notice(DueState.DUE_TODAY, 0, 0);
    }

    public static Notice overdue(int daysOverdue) {
        return new Notice(DueState.OVERDUE, 0, daysOverdue);
    }
}
