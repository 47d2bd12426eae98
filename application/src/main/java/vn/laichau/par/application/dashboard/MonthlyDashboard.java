package vn.laichau.par.application.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan year's occurrences by the month of that calendar year they are due in, as they stand on {@code today}.
 * A plan year may also hold occurrences due in another calendar year (a deadline "before 31/12 of the year before
 * the plan year", a span of years): those are counted apart, in the {@code otherYears…} figures.
 *
 * @param months the twelve months, January first
 */
public record MonthlyDashboard(long planId, int year, LocalDate today, List<Month> months, long otherYearsDue,
                               long otherYearsFinished, long otherYearsFinishedWithEvidence,
                               long otherYearsOverdue) {

    /**
     * One month: the occurrences due in it, those finished (whenever), those finished with at least one evidence
     * file, and those still open past due today.
     *
     * @param month 1–12
     */
    public record Month(int month, long due, long finished, long finishedWithEvidence, long overdue) {
    }
}
