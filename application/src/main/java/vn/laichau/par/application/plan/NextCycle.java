package vn.laichau.par.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * An administrator starts a plan's next cycle: a further plan year of the plan, or a new plan copied from it,
 * each with its occurrences created once. Each call is one transaction and idempotent: asking twice creates
 * nothing more.
 */
@ApplicationScoped
public class NextCycle {

    private final PlanRepository plans;
    private final PlanStore store;

    @Inject
    public NextCycle(PlanRepository plans, AgencyRepository agencies, OccurrenceCreation occurrences) {
        this.plans = plans;
        this.store = new PlanStore(plans, agencies, occurrences);
    }

    /** For the container's client proxy only. */
    protected NextCycle() {
        this(null, null, null);
    }

    /**
     * Carries a plan into {@code year}: extends its period when the year lies beyond it and creates the
     * year's missing occurrences. Asking again for the same year creates nothing.
     */
    @Transactional
    public CreatedCycle addYear(long planId, Integer year) {
        if (year == null || year < PlanHeader.FIRST_YEAR || year > PlanHeader.LAST_YEAR) {
            throw Refusal.invalid("invalid-next-year", "Năm kế hoạch không hợp lệ", "The plan year is invalid",
                    List.of(new Refusal.Violation("year", "Năm phải từ 1900 đến 2200",
                            "the year must be between 1900 and 2200")));
        }
        Plan plan = find(planId);
        if (year < plan.firstYear()) {
            throw new InvalidPlanDataException("plan " + plan.number(),
                    "Năm " + year + " trước kỳ kế hoạch " + plan.firstYear() + "–" + plan.lastYear(),
                    "Year " + year + " is before the plan's period " + plan.firstYear() + "–" + plan.lastYear());
        }
        if (year > plan.lastYear()) {
            plan.extendPeriodTo(year);
        }
        return new CreatedCycle(plan, store.occurrences().createMissing(plan, List.of(year)));
    }

    /**
     * A new plan copied from {@code sourcePlanId}: same issuer, areas, tasks (dates set by hand for one day are
     * dropped; yearly ones are kept) and indicators, with the occurrences of its whole period. When a plan
     * with this number exists already, it is kept and only its missing occurrences are created.
     */
    @Transactional
    public CreatedCycle copy(long sourcePlanId, String number, String title, LocalDate issuedOn, Integer firstYear,
                             Integer lastYear) {
        Plan source = find(sourcePlanId);
        PlanHeader header = PlanHeader.checked("invalid-plan-copy", number, title, source.issuer(), issuedOn,
                firstYear, lastYear);
        Optional<Plan> existing = plans.findByNumber(header.number());
        if (existing.isPresent()) {
            Plan plan = existing.get();
            return new CreatedCycle(plan, store.occurrences().createMissing(plan, plan.planYears()));
        }
        Plan copy = new Plan(header.number(), header.title(), header.issuer(), header.issuedOn(), header.firstYear(),
                header.lastYear());
        for (Area area : source.areas()) {
            Area copiedArea = copy.openArea(area.numeral(), area.name());
            area.responsibility().ifPresent(copiedArea::assignResponsibility);
            for (Task task : area.tasks()) {
                Task copied = copy.addTask(copiedArea, PlanStore.definitionOf(task));
                task.manualDeadline().filter(m -> m.isEveryYear()).ifPresent(copied::scheduleByHand);
            }
        }
        for (Indicator indicator : source.indicators()) {
            copy.addIndicator(indicator.code(), indicator.areaNumeral(), indicator.description(), indicator.unit(),
                    indicator.targets());
        }
        return store.add(copy);
    }

    private Plan find(long planId) {
        return plans.findById(planId).orElseThrow(() -> Refusal.notFound("kế hoạch", "plan", planId));
    }
}
