package vn.laichau.par.persistence.occurrence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.laichau.par.domain.model.occurrence.PlannedOccurrence;
import vn.laichau.par.domain.model.plan.Plan;

/**
 * Stores the planned occurrences of a stored plan that are not stored yet (same task, period and agency), so
 * that storing the same expansion again writes nothing. Runs in the caller's transaction.
 */
public final class MissingOccurrences {

    private final EntityManager em;

    public MissingOccurrences(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** Stores those of {@code planned} (occurrences of {@code plan} in {@code years}) that are new; how many. */
    public int store(Plan plan, Collection<Integer> years, List<PlannedOccurrence> planned) {
        if (planned.isEmpty()) {
            return 0;
        }
        Set<String> existing = existingKeys(plan, years);
        int created = 0;
        for (PlannedOccurrence occurrence : planned) {
            long taskId = occurrence.task().id();
            long agencyId = occurrence.agency().getId();
            if (existing.add(key(taskId, occurrence.due().period(), agencyId))) {
                em.persist(occurrence.open(taskId, agencyId));
                created++;
            }
        }
        em.flush();
        return created;
    }

    private Set<String> existingKeys(Plan plan, Collection<Integer> years) {
        List<Object[]> rows = em.createQuery("SELECT o.taskId, o.period, o.agencyId FROM Occurrence o "
                        + "WHERE o.taskId IN (SELECT t.id FROM Task t WHERE t.plan = :plan) AND o.planYear IN :years",
                        Object[].class)
                .setParameter("plan", plan).setParameter("years", List.copyOf(years)).getResultList();
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(key(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue())));
        return keys;
    }

    private static String key(long taskId, String period, long agencyId) {
        return taskId + "|" + period + "|" + agencyId;
    }
}
