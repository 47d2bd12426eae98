package vn.laichau.par.persistence.occurrence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.occurrence.Expansion;
import vn.laichau.par.domain.model.occurrence.OccurrenceExpander;
import vn.laichau.par.domain.model.occurrence.PlannedOccurrence;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.calendar.CalendarRepository;

/**
 * Creates the occurrences a stored plan calls for in some plan years, with the stored agencies, groups,
 * successors and calendar. Occurrences that exist already (same task, period and agency) are left alone, so
 * running it again creates nothing.
 */
public final class OccurrenceCreation {

    private final EntityManager em;

    public OccurrenceCreation(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** Creates the missing occurrences of {@code years}; the plan and its tasks must be stored. */
    public int createMissing(Plan plan, Collection<Integer> years) {
        if (years.isEmpty() || plan.tasks().isEmpty()) {
            return 0;
        }
        em.flush();
        OccurrenceExpander expander = new OccurrenceExpander(new AgencyRepository(em).directory(),
                new DeadlinePhraseParser(), DeadlineContext.standard(new CalendarRepository(em).calendar()));
        Set<String> existing = existingKeys(plan, years);
        int created = 0;
        for (int year : years) {
            Expansion expansion = expander.expand(plan, year);
            for (PlannedOccurrence planned : expansion.occurrences()) {
                long taskId = planned.task().id();
                long agencyId = planned.agency().getId();
                if (existing.add(key(taskId, planned.due().period(), agencyId))) {
                    em.persist(planned.open(taskId, agencyId));
                    created++;
                }
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
