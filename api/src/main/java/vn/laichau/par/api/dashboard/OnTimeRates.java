package vn.laichau.par.api.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan's occurrences counted per agency and plan year: the finished ones from {@code occurrence_tally} (kept
 * by triggers, a few rows per plan), the overdue ones from the open entries of {@code ix_occurrence_task_open}
 * only, so that neither reads every occurrence of the plan's period.
 */
@ApplicationScoped
class OnTimeRates {

    @PersistenceContext(unitName = "par")
    EntityManager em;

    /** Per agency (by id), per year with a finished or overdue occurrence: on time, late, overdue. */
    Map<Long, List<OnTimeRateResponse.Year>> of(long planId, int fromYear, int toYear, LocalDate today) {
        Map<Long, Map<Integer, long[]>> counts = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> finished = em.createNativeQuery("SELECT agency_id, plan_year, finished_on_time, finished_late "
                        + "FROM occurrence_tally WHERE plan_id = ?1 AND plan_year BETWEEN ?2 AND ?3")
                .setParameter(1, planId).setParameter(2, fromYear).setParameter(3, toYear).getResultList();
        for (Object[] row : finished) {
            long[] c = cell(counts, row);
            c[0] += number(row[2]);
            c[1] += number(row[3]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> overdue = em.createNativeQuery("SELECT o.agency_id, o.plan_year, COUNT(*) FROM task t "
                        + "JOIN occurrence o ON o.task_id = t.id AND o.finished_on IS NULL AND o.due_date < ?1 "
                        + "AND o.plan_year BETWEEN ?2 AND ?3 WHERE t.plan_id = ?4 GROUP BY o.agency_id, o.plan_year")
                .setParameter(1, Date.valueOf(today)).setParameter(2, fromYear).setParameter(3, toYear)
                .setParameter(4, planId).getResultList();
        for (Object[] row : overdue) {
            cell(counts, row)[2] += number(row[2]);
        }
        Map<Long, List<OnTimeRateResponse.Year>> byAgency = new TreeMap<>();
        counts.forEach((agency, years) -> years.forEach((year, c) -> {
            long judged = c[0] + c[1] + c[2];
            if (judged > 0) {
                double rate = Math.round(1000.0 * c[0] / judged) / 1000.0;
                byAgency.computeIfAbsent(agency, a -> new ArrayList<>())
                        .add(new OnTimeRateResponse.Year(year, c[0], c[1], c[2], rate));
            }
        }));
        return byAgency;
    }

    private static long[] cell(Map<Long, Map<Integer, long[]>> counts, Object[] row) {
        return counts.computeIfAbsent(number(row[0]), a -> new TreeMap<>())
                .computeIfAbsent((int) number(row[1]), y -> new long[3]);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
