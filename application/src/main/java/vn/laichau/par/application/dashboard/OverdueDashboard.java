package vn.laichau.par.application.dashboard;

import java.time.LocalDate;
import java.util.List;

/** The occurrences of a plan year that are past due and not finished on {@code today}, the longest overdue first. */
public record OverdueDashboard(long planId, int year, LocalDate today, List<Item> items) {

    /** One overdue occurrence with its task and agency. */
    public record Item(long occurrenceId, long taskId, String taskCode, String task, long agencyId, String agency,
                       String period, LocalDate dueDate, long daysOverdue, int progressPercent) {
    }
}
