package vn.laichau.par.api.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorTarget;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.plan.IndicatorRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

/** The indicators behind target in a plan year; answered with an ETag like every dashboard. */
@Path("dashboards/plans/{planId}/years/{year}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class IndicatorsBehindResource {

    @Inject
    PlanRepository plans;

    @Inject
    IndicatorRepository indicators;

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @GET
    @Transactional
    @Operation(summary = "Chỉ tiêu chưa đạt của một năm kế hoạch — the indicators behind target in a plan year, "
            + "with the shortfall, and those not reported")
    @APIResponse(responseCode = "200", description = "Indicators behind target and not reported, with an ETag")
    @APIResponse(responseCode = "400", description = "The year lies outside the plan's period")
    @APIResponse(responseCode = "404", description = "No such plan")
    public IndicatorsBehindResponse behind(@PathParam("planId") long planId, @PathParam("year") int year) {
        Plan plan = plans.findById(planId).orElseThrow(() -> ProblemException.notFound("plan", planId));
        if (!plan.covers(year)) {
            throw ProblemException.badRequest("year-outside-plan", "Năm " + year + " không thuộc kỳ kế hoạch",
                    "The year " + year + " lies outside the plan's period");
        }
        Map<Long, IndicatorValue> values = new HashMap<>();
        indicators.valuesOfPlan(planId).stream().filter(v -> v.year() == year).forEach(v -> values.put(v.indicatorId(), v));
        List<IndicatorsBehindResponse.Item> behind = new ArrayList<>();
        List<IndicatorsBehindResponse.Item> notReported = new ArrayList<>();
        int met = 0;
        int withoutTarget = 0;
        List<Indicator> ofPlan = em.createQuery("SELECT i FROM Indicator i WHERE i.plan.id = :plan ORDER BY i.position",
                        Indicator.class)
                .setParameter("plan", planId).setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.targets").getResultList();
        for (Indicator indicator : ofPlan) {
            Optional<IndicatorTarget> target = indicator.targetFor(year);
            if (target.isEmpty()) {
                withoutTarget++;
                continue;
            }
            IndicatorValue value = values.get(indicator.id());
            if (value == null) {
                notReported.add(item(indicator, year, target.get(), null));
            } else if (indicator.isMetBy(year, value.value()).orElse(true)) {
                met++;
            } else {
                behind.add(item(indicator, year, target.get(), value));
            }
        }
        behind.sort(Comparator.comparing(IndicatorsBehindResponse.Item::shortfall).reversed()
                .thenComparing(IndicatorsBehindResponse.Item::code));
        return new IndicatorsBehindResponse(planId, year, behind, notReported, met, withoutTarget);
    }

    private static IndicatorsBehindResponse.Item item(Indicator indicator, int year, IndicatorTarget target,
                                                      IndicatorValue value) {
        BigDecimal actual = value == null ? null : value.value();
        BigDecimal shortfall = value == null ? null : indicator.shortfall(year, actual).orElse(null);
        return new IndicatorsBehindResponse.Item(indicator.id(), indicator.code(), indicator.areaNumeral().orElse(null),
                indicator.description(), indicator.unit(), target.comparison().name(), target.comparison().symbol(),
                target.value(), actual, shortfall, value == null ? null : value.source().orElse(null));
    }
}
