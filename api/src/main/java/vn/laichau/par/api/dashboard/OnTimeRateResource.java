package vn.laichau.par.api.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * Each agency's on-time rate per plan year of a plan; answered with an ETag like every dashboard. The counts
 * read every occurrence of the plan's period, so an answer is reused while the data has not changed
 * ({@link SummaryCache}).
 */
@Path("dashboards/plans/{planId}/on-time-rates")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class OnTimeRateResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    PlanRepository plans;

    @Inject
    OnTimeRates rates;

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
    @Operation(summary = "Tỷ lệ đúng hạn của từng đơn vị qua các năm — each agency's on-time rate per plan year")
    @APIResponse(responseCode = "200", description = "One row per agency with its years, with an ETag",
            content = @Content(schema = @Schema(implementation = OnTimeRateResponse.class)))
    @APIResponse(responseCode = "400", description = "from/to outside the plan's period, or from after to")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response rates(@PathParam("planId") long planId,
                                    @QueryParam("from") @Parameter(description = "first plan year, default the plan's first") String from,
                                    @QueryParam("to") @Parameter(description = "last plan year, default the plan's last") String to) {
        Plan plan = plans.findById(planId).orElseThrow(() -> ProblemException.notFound("plan", planId));
        List<Integer> years = plan.planYears();
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        int fromYear = Params.integer("from", from, first, last).orElse(first);
        int toYear = Params.integer("to", to, first, last).orElse(last);
        if (fromYear > toYear) {
            throw Params.invalid("from", "không được sau to — must not be after to");
        }
        LocalDate today = LocalDate.now(clocks.isResolvable() ? clocks.get().withZone(ZONE) : Clock.system(ZONE));
        SummaryCache.Answer<OnTimeRateResponse> answer = answers.onTime.get(List.of(planId, fromYear, toYear, today),
                stamps.ofOccurrences(), () -> compute(planId, fromYear, toYear, today));
        return Response.ok(answer.value()).tag(answer.tag()).build();
    }

    private OnTimeRateResponse compute(long planId, int fromYear, int toYear, LocalDate today) {
        Map<Long, List<OnTimeRateResponse.Year>> byAgency = rates.of(planId, fromYear, toYear, today);
        Map<Long, String> names = agencyNames.of(byAgency.keySet());
        List<OnTimeRateResponse.Row> rows = new ArrayList<>();
        byAgency.forEach((id, perYear) -> rows.add(new OnTimeRateResponse.Row(id,
                names.getOrDefault(id, String.valueOf(id)), perYear)));
        return new OnTimeRateResponse(planId, fromYear, toYear, today, rows);
    }
}
