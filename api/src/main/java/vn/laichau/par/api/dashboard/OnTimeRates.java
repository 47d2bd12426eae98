package vn.laichau.par.api.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a plan's occurrences per agency and plan year in one grouped query that reads the covering index
 * {@code ix_occurrence_task_year} only.
 */
@ApplicationScoped
class OnTimeRates {

    @PersistenceContext(unitName = "par")
    EntityManager em;

    /** Per agency (by id), per year: on time, late, overdue. */
    Map<Long, List<OnTimeRateResponse.Year>> of(long planId, int fromYear, int toYear, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.agency_id, o.plan_year, "
                        + "SUM(o.finished_on IS NOT NULL AND o.finished_on <= o.due_date), "
                        + "SUM(o.finished_on IS NOT NULL AND o.finished_on > o.due_date), "
                        + "SUM(o.finished_on IS NULL AND o.due_date < ?1) "
                        + "FROM task t JOIN occurrence o ON o.task_id = t.id AND o.plan_year BETWEEN ?2 AND ?3 "
                        + "WHERE t.plan_id = ?4 GROUP BY o.agency_id, o.plan_year ORDER BY o.agency_id, o.plan_year")
                .setParameter(1, Date.valueOf(today)).setParameter(2, fromYear).setParameter(3, toYear)
                .setParameter(4, planId).getResultList();
        Map<Long, List<OnTimeRateResponse.Year>> byAgency = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long onTime = number(row[2]);
            long late = number(row[3]);
            long overdue = number(row[4]);
            long judged = onTime + late + overdue;
            Double rate = judged == 0 ? null : Math.round(1000.0 * onTime / judged) / 1000.0;
            byAgency.computeIfAbsent(number(row[0]), id -> new ArrayList<>())
                    .add(new OnTimeRateResponse.Year((int) number(row[1]), onTime, late, overdue, rate));
        }
        return byAgency;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
