package vn.laichau.par.persistence.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.domain.model.plan.TaskDefinition;
import vn.laichau.par.persistence.occurrence.OccurrenceCreation;

/**
 * Reads and stores plans with their areas, tasks and indicators, and creates next cycles: a further plan
 * year of a plan, or a new plan copied from an old one, each with its occurrences created once.
 */
@ApplicationScoped
public class PlanRepository {

    @PersistenceContext(unitName = "par")
    private EntityManager em;

    public PlanRepository() {
    }

    /** For use outside a container (tests, tools). */
    public PlanRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Plan> findById(long id) {
        return Optional.ofNullable(em.find(Plan.class, id));
    }

    public Optional<Plan> findByNumber(String number) {
        return em.createQuery("SELECT p FROM Plan p WHERE p.number = :number", Plan.class)
                .setParameter("number", number.strip()).getResultStream().findFirst();
    }

    /** Every plan, the most recently issued first. */
    public List<Plan> list() {
        return em.createQuery("SELECT p FROM Plan p ORDER BY p.issuedOn DESC, p.id DESC", Plan.class).getResultList();
    }

    /**
     * Stores a new plan with its areas, tasks and indicators, without occurrences. Checked first as a whole:
     * the number must be new, every party must name a stored agency or group, and no date set by hand may
     * fall before the issue date; on the first failure nothing is written.
     */
    public Plan add(Plan plan) {
        if (findByNumber(plan.number()).isPresent()) {
            throw new InvalidPlanDataException("plan " + plan.number(), "Kế hoạch " + plan.number() + " đã có",
                    "Plan " + plan.number() + " exists already");
        }
        PlanChecks checks = new PlanChecks(em);
        Set<String> codes = new HashSet<>();
        for (Task task : plan.tasks()) {
            checks.checkTask(plan, codes, task.position(), definitionOf(task), task.manualDeadline());
        }
        em.persist(plan);
        em.flush();
        return plan;
    }

    /** Stores a new plan and creates the occurrences of every year of its period. */
    public NextCycle addWithOccurrences(Plan plan) {
        Plan stored = add(plan);
        return new NextCycle(stored, new OccurrenceCreation(em).createMissing(stored, stored.planYears()));
    }

    /**
     * Carries a plan into {@code year}: extends its period when the year lies beyond it and creates the
     * year's missing occurrences. Asking again for the same year creates nothing.
     */
    public NextCycle addPlanYear(long planId, int year) {
        Plan plan = require(planId);
        if (year < plan.firstYear()) {
            throw new InvalidPlanDataException("plan " + plan.number(),
                    "Năm " + year + " trước kỳ kế hoạch " + plan.firstYear() + "–" + plan.lastYear(),
                    "Year " + year + " is before the plan's period " + plan.firstYear() + "–" + plan.lastYear());
        }
        if (year > plan.lastYear()) {
            plan.extendPeriodTo(year);
        }
        return new NextCycle(plan, new OccurrenceCreation(em).createMissing(plan, List.of(year)));
    }

    /**
     * A new plan copied from {@code sourcePlanId}: same areas, tasks (dates set by hand for one day are
     * dropped; yearly ones are kept) and indicators, with the occurrences of its whole period. When a plan
     * with {@code number} exists already, it is kept and only its missing occurrences are created.
     */
    public NextCycle copyPlan(long sourcePlanId, String number, String title, LocalDate issuedOn,
                              int firstYear, int lastYear) {
        Plan source = require(sourcePlanId);
        Optional<Plan> existing = findByNumber(number);
        if (existing.isPresent()) {
            Plan plan = existing.get();
            return new NextCycle(plan, new OccurrenceCreation(em).createMissing(plan, plan.planYears()));
        }
        Plan copy = new Plan(number, title, source.issuer(), issuedOn, firstYear, lastYear);
        for (Area area : source.areas()) {
            Area copiedArea = copy.openArea(area.numeral(), area.name());
            for (Task task : area.tasks()) {
                Task copied = copy.addTask(copiedArea, definitionOf(task));
                task.manualDeadline().filter(m -> m.isEveryYear()).ifPresent(copied::scheduleByHand);
            }
        }
        for (Indicator indicator : source.indicators()) {
            copy.addIndicator(indicator.code(), indicator.areaNumeral(), indicator.description(), indicator.unit(),
                    indicator.targets());
        }
        return addWithOccurrences(copy);
    }

    static TaskDefinition definitionOf(Task task) {
        return new TaskDefinition(task.code(), task.heading(), task.text(), task.leadText(), task.leads(),
                task.coordinatingText(), task.coordinators(), task.deadlinePhrase(), task.evidence(),
                task.indicatorCode());
    }

    private Plan require(long planId) {
        return findById(planId).orElseThrow(() -> new InvalidPlanDataException("plan " + planId,
                "Không có kế hoạch mã số " + planId, "No plan with id " + planId));
    }
}
