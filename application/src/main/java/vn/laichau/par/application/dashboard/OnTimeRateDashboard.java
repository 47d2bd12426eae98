package vn.laichau.par.application.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Each agency's on-time rate per plan year, as things stand on {@code today}.
 *
 * @param rows one row per agency with a finished or overdue occurrence in the years shown, by agency id
 */
public record OnTimeRateDashboard(long planId, int fromYear, int toYear, LocalDate today, List<Row> rows) {

    /** One agency and its years. */
    public record Row(long agencyId, String agency, List<Year> years) {
    }

    /**
     * One plan year of an agency: occurrences finished early or on time, finished late, and open past due;
     * {@code onTimeRate} is the first out of all three (the status dashboard's rate). A year with none of them
     * is left out.
     */
    public record Year(int year, long onTime, long late, long overdue, Double onTimeRate) {
    }
}
