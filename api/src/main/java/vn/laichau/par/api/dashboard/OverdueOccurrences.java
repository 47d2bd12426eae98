package vn.laichau.par.api.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.laichau.par.domain.model.plan.Task;

/**
 * The open occurrences of one plan year of one plan that are past due, read through the plan's tasks on
 * {@code ix_occurrence_task_year} (task, plan year, agency, finished, due), so that only that plan's rows are
 * touched whatever the size of the other plans.
 */
@ApplicationScoped
class OverdueOccurrences {

    @PersistenceContext(unitName = "par")
    EntityManager em;

    /** One overdue occurrence as the dashboard lists it. */
    record Row(long id, long taskId, long agencyId, String period, LocalDate dueDate, int progressPercent) {
    }

    /** The plan year's open occurrences due before {@code today}, the longest overdue first. */
    List<Row> of(long planId, int year, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.task_id, o.agency_id, o.period, o.due_date, "
                        + "o.progress_percent FROM task t JOIN occurrence o ON o.task_id = t.id AND o.plan_year = ?1 "
                        + "AND o.finished_on IS NULL AND o.due_date < ?2 WHERE t.plan_id = ?3 ORDER BY o.due_date, o.id")
                .setParameter(1, year).setParameter(2, Date.valueOf(today)).setParameter(3, planId).getResultList();
        return rows.stream().map(r -> new Row(number(r[0]), number(r[1]), number(r[2]), (String) r[3], date(r[4]),
                (int) number(r[5]))).toList();
    }

    /** The plan's tasks by id, their party lists read in two batched queries rather than two per task. */
    Map<Long, Task> tasksOf(long planId) {
        List<Task> tasks = em.createQuery("SELECT t FROM Task t WHERE t.plan.id = :plan", Task.class)
                .setParameter("plan", planId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.leads")
                .setHint("eclipselink.batch", "t.coordinators")
                .getResultList();
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
