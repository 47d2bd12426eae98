package vn.laichau.par.persistence.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.Task;

/**
 * The reads behind the monitoring agency's dashboards, each served by an index so that only the rows of the
 * plan shown are touched, whatever the size of the other plans: finished counts from {@code occurrence_tally}
 * (kept by triggers), overdue ones from the open entries of {@code ix_occurrence_task_open}, the overdue list
 * through the plan's tasks on {@code ix_occurrence_task_year}, the names of the agencies shown only, and the
 * stamp of the latest change.
 */
@ApplicationScoped
public class DashboardQueries {

    /** One agency's occurrences of one plan year: finished early or on time, finished late, open past due. */
    public record AgencyYearCounts(long agencyId, int year, long onTime, long late, long overdue) {
    }

    /** One overdue occurrence as the dashboard lists it. */
    public record OverdueRow(long id, long taskId, long agencyId, String period, LocalDate dueDate,
                             int progressPercent) {
    }

    /**
     * The occurrences of a plan year due in one month of a calendar year: how many, how many are finished, how
     * many of those have an evidence file, and how many are open past due.
     *
     * @param month 1–12, or 0 for the plan year's occurrences due in another calendar year
     */
    public record MonthCounts(int month, long due, long finished, long finishedWithEvidence, long overdue) {
    }

    private final EntityManager em;

    @Inject
    public DashboardQueries(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected DashboardQueries() {
        this(null);
    }

    /**
     * When the data behind the occurrence dashboards last changed: the latest {@code updated_at} of occurrences,
     * tasks, agencies and plans, each read from the end of its {@code updated_at} index (no rows scanned).
     */
    public String dataStamp() {
        Object stamp = em.createNativeQuery("SELECT CONCAT_WS('|', (SELECT MAX(updated_at) FROM occurrence), "
                + "(SELECT MAX(updated_at) FROM task), (SELECT MAX(updated_at) FROM agency), "
                + "(SELECT MAX(updated_at) FROM plan))").getSingleResult();
        return String.valueOf(stamp);
    }

    /** The names of these agencies, by id (a country has thousands; only these are read). */
    public Map<Long, String> agencyNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("SELECT a.id, a.name FROM Agency a WHERE a.id IN :ids")
                .setParameter("ids", List.copyOf(ids)).getResultList();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }

    /**
     * Per agency and plan year from {@code fromYear} to {@code toYear} with a finished or overdue occurrence of
     * the plan: how many were finished on time, late, and are open past due on {@code today}; by agency and year.
     */
    public List<AgencyYearCounts> agencyYearCounts(long planId, int fromYear, int toYear, LocalDate today) {
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
        List<AgencyYearCounts> result = new ArrayList<>();
        counts.forEach((agency, years) -> years.forEach((year, c) ->
                result.add(new AgencyYearCounts(agency, year, c[0], c[1], c[2]))));
        return result;
    }

    /**
     * A plan year's occurrences by the month of {@code year} they are due in (month 0 gathers those due in another
     * year), counted in one grouped query over {@code ix_occurrence_task_year}; months without any are absent.
     */
    public List<MonthCounts> monthly(long planId, int year, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT CASE WHEN YEAR(o.due_date) = ?1 THEN MONTH(o.due_date) "
                        + "ELSE 0 END AS m, COUNT(*), SUM(o.finished_on IS NOT NULL), "
                        + "SUM(o.finished_on IS NOT NULL AND o.evidence_count > 0), "
                        + "SUM(o.finished_on IS NULL AND o.due_date < ?2) FROM task t "
                        + "JOIN occurrence o ON o.task_id = t.id AND o.plan_year = ?1 WHERE t.plan_id = ?3 "
                        + "GROUP BY m ORDER BY m")
                .setParameter(1, year).setParameter(2, Date.valueOf(today)).setParameter(3, planId).getResultList();
        return rows.stream().map(r -> new MonthCounts((int) number(r[0]), number(r[1]), number(r[2]), number(r[3]),
                number(r[4]))).toList();
    }

    /** The plan year's open occurrences due before {@code today}, the longest overdue first. */
    public List<OverdueRow> overdue(long planId, int year, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.task_id, o.agency_id, o.period, o.due_date, "
                        + "o.progress_percent FROM task t JOIN occurrence o ON o.task_id = t.id AND o.plan_year = ?1 "
                        + "AND o.finished_on IS NULL AND o.due_date < ?2 WHERE t.plan_id = ?3 ORDER BY o.due_date, o.id")
                .setParameter(1, year).setParameter(2, Date.valueOf(today)).setParameter(3, planId).getResultList();
        return rows.stream().map(r -> new OverdueRow(number(r[0]), number(r[1]), number(r[2]), (String) r[3],
                date(r[4]), (int) number(r[5]))).toList();
    }

    /**
     * The plan's tasks by id, their party lists read in two batched queries rather than two per task; read-only,
     * for showing (their embedded parties are not compared for changes at commit).
     */
    public Map<Long, Task> tasksOf(long planId) {
        List<Task> tasks = em.createQuery("SELECT t FROM Task t WHERE t.plan.id = :plan", Task.class)
                .setParameter("plan", planId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.leads")
                .setHint("eclipselink.batch", "t.coordinators")
                .setHint("eclipselink.read-only", "true")
                .getResultList();
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    /** The plan's indicators in plan order, their targets read in one batch; read-only, for showing. */
    public List<Indicator> indicatorsWithTargets(long planId) {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.plan.id = :plan ORDER BY i.position", Indicator.class)
                .setParameter("plan", planId).setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.targets").setHint("eclipselink.read-only", "true").getResultList();
    }

    private static long[] cell(Map<Long, Map<Integer, long[]>> counts, Object[] row) {
        return counts.computeIfAbsent(number(row[0]), a -> new TreeMap<>())
                .computeIfAbsent((int) number(row[1]), y -> new long[3]);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
