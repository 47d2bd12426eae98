package vn.laichau.par.api.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.occurrence.StatusCount;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * The monitoring agency's status dashboards for a plan year: occurrences by area × status and by agency ×
 * status, with each agency's on-time rate. Every answer carries an ETag (a hash of its body), so polling
 * clients get 304 while nothing changed.
 */
@Path("dashboards/plans/{planId}/years/{year}/status")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class StatusDashboardResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    PlanRepository plans;

    @Inject
    OccurrenceRepository occurrences;

    @Inject
    AgencyNames agencyNames;

    @Inject
    DataStamp stamps;

    @Inject
    DashboardAnswers answers;

    @Inject
    Instance<Clock> clocks;

    @GET
    @Transactional
    @Operation(summary = "Số kỳ hạn theo lĩnh vực hoặc đơn vị và trạng thái — occurrences by area or agency and "
            + "status, with on-time rates")
    @APIResponse(responseCode = "200", description = "The counts, with an ETag",
            content = @Content(schema = @Schema(implementation = StatusDashboardResponse.class)))
    @APIResponse(responseCode = "400", description = "by is neither area nor agency, or the year is out of range")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response counts(@PathParam("planId") long planId, @PathParam("year") int year,
                           @QueryParam("by") @DefaultValue("area") String by) {
        if (year < 1900 || year > 2200) {
            throw ProblemException.badRequest("invalid-year", "Năm phải từ 1900 đến 2200",
                    "The year must be between 1900 and 2200");
        }
        Plan plan = plans.findById(planId).orElseThrow(() -> ProblemException.notFound("plan", planId));
        if (!"area".equals(by) && !"agency".equals(by)) {
            throw ProblemException.badRequest("invalid-dashboard-grouping", "by phải là area hoặc agency",
                    "by must be area or agency");
        }
        LocalDate today = LocalDate.now(clocks.isResolvable() ? clocks.get().withZone(ZONE) : Clock.system(ZONE));
        SummaryCache.Answer<StatusDashboardResponse> answer = answers.status.get(List.of(planId, year, by, today),
                stamps.ofOccurrences(), () -> compute(plan, year, by, today));
        return Response.ok(answer.value()).tag(answer.tag()).build();
    }

    private StatusDashboardResponse compute(Plan plan, int year, String by, LocalDate today) {
        long planId = plan.id();
        Map<Long, String> names = new HashMap<>();
        List<StatusCount> counts;
        if ("area".equals(by)) {
            for (Area area : plan.areas()) {
                names.put(area.id(), area.numeral() + ". " + area.name());
            }
            counts = occurrences.countByAreaAndStatus(planId, year, today, StatusRule.standard());
        } else {
            counts = occurrences.countByAgencyAndStatus(planId, year, today, StatusRule.standard());
            names.putAll(agencyNames.of(counts.stream().map(StatusCount::groupId).collect(Collectors.toSet())));
        }
        Map<Long, Map<OccurrenceStatus, Long>> grouped = new LinkedHashMap<>();
        for (StatusCount count : counts) {
            grouped.computeIfAbsent(count.groupId(), id -> new EnumMap<>(OccurrenceStatus.class))
                    .merge(count.status(), count.count(), Long::sum);
        }
        List<StatusDashboardResponse.Row> rows = new ArrayList<>();
        grouped.forEach((id, byStatus) -> rows.add(row(id, names.getOrDefault(id, String.valueOf(id)), byStatus)));
        return new StatusDashboardResponse(planId, year, today, by, rows);
    }

    private static StatusDashboardResponse.Row row(long id, String name, Map<OccurrenceStatus, Long> byStatus) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (OccurrenceStatus status : OccurrenceStatus.values()) {
            long n = byStatus.getOrDefault(status, 0L);
            counts.put(status.name(), n);
            total += n;
        }
        long onTime = counts.get("FINISHED_EARLY") + counts.get("FINISHED_ON_TIME");
        long judged = onTime + counts.get("FINISHED_LATE") + counts.get("OVERDUE");
        Double rate = judged == 0 ? null : Math.round(1000.0 * onTime / judged) / 1000.0;
        return new StatusDashboardResponse.Row(id, name, counts, total, rate);
    }
}
