package vn.laichau.par.persistence.loading;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyGroup;
import vn.laichau.par.domain.model.agency.AgencyReference;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.ShippedPlan;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * Puts the shipped plan into the database: the reference agencies with their parents and successors, the
 * agency groups, plan 447/KH-UBND with its areas, tasks and indicators, the PAR INDEX history, and the
 * occurrences of every plan year (created by the {@link PlanOccurrences} it is given). Only what is missing is
 * written, so a second run changes nothing. Runs in the caller's transaction.
 */
@Dependent
public final class ShippedPlanLoader {

    private final EntityManager em;
    private final Clock clock;
    private final PlanOccurrences occurrences;

    @Inject
    public ShippedPlanLoader(EntityManager em, Clock clock, PlanOccurrences occurrences) {
        this.em = Objects.requireNonNull(em, "em");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.occurrences = Objects.requireNonNull(occurrences, "occurrences");
    }

    public LoadReport load() {
        return load(ShippedPlan.load());
    }

    LoadReport load(ShippedPlan shipped) {
        AgencyRepository agencies = new AgencyRepository(em);
        AgencyReference reference = shipped.agencies();

        Map<String, Agency> byCode = new HashMap<>();
        agencies.all().forEach(a -> byCode.put(a.getCode(), a));
        int agenciesAdded = 0;
        for (Agency agency : reference.agencies()) {
            if (!byCode.containsKey(agency.getCode())) {
                agencies.add(agency);
                byCode.put(agency.getCode(), agency);
                agenciesAdded++;
            }
        }
        em.flush();
        int links = linkParentsAndSuccessors(reference, byCode);

        int groupsAdded = 0;
        for (AgencyGroup group : reference.groups()) {
            if (agencies.findGroupByCode(group.getCode()).isEmpty()) {
                agencies.addGroup(group);
                groupsAdded++;
            }
        }
        em.flush();

        PlanRepository plans = new PlanRepository(em);
        Optional<Plan> stored = plans.findByNumber(shipped.plan().number());
        Plan plan = stored.orElseGet(() -> plans.add(shipped.plan()));
        stored.ifPresent(existing -> completeFrom(shipped.plan(), existing));

        ParIndexRepository parIndex = new ParIndexRepository(em, clock);
        int resultsAdded = 0;
        List<ParIndexResult> shippedResults = new ArrayList<>(shipped.parIndexHistory());
        shippedResults.addAll(shipped.parIndexPublished());
        for (ParIndexResult result : shippedResults) {
            if (parIndex.find(result.province(), result.year()).isEmpty()) {
                parIndex.add(result);
                resultsAdded++;
            }
        }
        int occurrencesAdded = occurrences.createMissing(plan, plan.planYears());
        return new LoadReport(agenciesAdded, links, groupsAdded, stored.isEmpty(), resultsAdded, occurrencesAdded);
    }

    /**
     * Adds to a plan stored by an earlier version what the shipped plan has since gained and the stored one lacks:
     * the areas' lead and coordinating agencies, indicators, the obligations of the plan's body, and the indicators a
     * task contributes to. Nothing stored is changed or removed.
     */
    private void completeFrom(Plan shipped, Plan stored) {
        for (Area area : shipped.areas()) {
            stored.area(area.numeral()).filter(a -> a.responsibility().isEmpty())
                    .ifPresent(a -> area.responsibility().ifPresent(a::assignResponsibility));
        }
        for (Indicator indicator : shipped.indicators()) {
            if (stored.indicator(indicator.code()).isEmpty()) {
                stored.addIndicator(indicator.code(), indicator.areaNumeral(), indicator.description(),
                        indicator.unit(), indicator.targets());
            }
        }
        for (Task task : shipped.tasks()) {
            Optional<Task> existing = stored.task(task.code());
            if (existing.isEmpty() && !task.isAppendixRow()) {
                stored.area(task.area().numeral()).ifPresent(area -> stored.addTask(area, task.definition()));
            }
            existing.ifPresent(t -> task.indicatorCodes().forEach(code ->
                    stored.indicator(code).ifPresent(t::contributeTo)));
        }
        em.flush();
    }

    private int linkParentsAndSuccessors(AgencyReference reference, Map<String, Agency> byCode) {
        int links = 0;
        for (Agency known : reference.agencies()) {
            Agency agency = byCode.get(known.getCode());
            Optional<Agency> parent = reference.parentCode(agency.getCode()).map(byCode::get);
            if (parent.isPresent() && agency.getParentId().isEmpty()) {
                agency.placeUnder(parent.get());
                links++;
            }
            Optional<Agency> successor = reference.successorCode(agency.getCode()).map(byCode::get);
            if (successor.isPresent() && agency.getSuccessorId().isEmpty()) {
                if (agency.getValidTo().isPresent()) {
                    agency.dissolveInto(successor.get(), agency.getValidTo().get());
                } else {
                    em.flush();
                    em.createQuery("UPDATE Agency a SET a.successorId = :s WHERE a.id = :id")
                            .setParameter("s", successor.get().getId()).setParameter("id", agency.getId())
                            .executeUpdate();
                    em.refresh(agency);
                }
                links++;
            }
        }
        em.flush();
        return links;
    }
}
