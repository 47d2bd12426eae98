package vn.laichau.par.application.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Occurrences of a plan year counted by area or by agency and by status, as they stand on {@code today}.
 *
 * @param by   {@code area} or {@code agency}
 * @param rows one row per area or agency that has occurrences
 */
public record StatusDashboard(long planId, int year, LocalDate today, String by, List<Row> rows) {

    /**
     * One area or agency: its counts per status, the total, how many are finished with at least one evidence
     * file ({@code finishedWithEvidence}, whatever the finished status), and the on-time rate (finished early or
     * on time, out of the occurrences that are finished or overdue), absent while none is.
     */
    public record Row(long id, String name, Map<String, Long> counts, long total, long finishedWithEvidence,
                      Double onTimeRate) {
    }
}
