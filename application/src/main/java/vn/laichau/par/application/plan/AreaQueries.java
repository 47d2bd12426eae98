package vn.laichau.par.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.AreaResponsibility;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * The areas of a plan as officials read them: each with the lead and coordinating agencies the plan's body names
 * for the whole area, by name, and the agencies that carry those duties today (a merged department's successor,
 * after 30/6/2025 the communes formed from a district's communes).
 */
@ApplicationScoped
public class AreaQueries {

    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final Clock clock;

    /** A party the plan names, its name, and the agencies it stands for on the day asked. */
    public record NamedParty(ResponsibleParty party, String name, List<Agency> actingToday) {
    }

    /** An area with the parties its plan's body names for it, when it names any. */
    public record AreaView(Area area, Optional<AreaResponsibility> responsibility, List<NamedParty> leads,
                           List<NamedParty> coordinators) {
    }

    /** For the container's client proxy only. */
    protected AreaQueries() {
        this(null, null, null);
    }

    @Inject
    public AreaQueries(PlanRepository plans, AgencyRepository agencies, Clock clock) {
        this.plans = plans;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The areas of a plan in order; refused when there is no such plan. */
    @Transactional
    public List<AreaView> areasOf(long planId) {
        List<Area> areas = plans.findById(planId).orElseThrow(() -> Refusal.notFound("kế hoạch", "plan", planId))
                .areas();
        AgencyDirectory directory = agencies.directory();
        LocalDate today = LocalDate.now(clock);
        return areas.stream().map(area -> {
            Optional<AreaResponsibility> responsibility = area.responsibility();
            return new AreaView(area, responsibility,
                    responsibility.map(r -> named(r.leads(), directory, today)).orElse(List.of()),
                    responsibility.map(r -> named(r.coordinators(), directory, today)).orElse(List.of()));
        }).toList();
    }

    private static List<NamedParty> named(List<ResponsibleParty> parties, AgencyDirectory directory, LocalDate day) {
        return parties.stream().map(p -> new NamedParty(p, directory.nameOf(p), directory.responsibleOn(p, day)))
                .toList();
    }
}
