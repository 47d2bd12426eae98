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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.plan.PlanRepository;

/** The overdue list of a plan year for the monitoring agency; answered with an ETag like every dashboard. */
@Path("dashboards/plans/{planId}/years/{year}/overdue")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class OverdueResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    PlanRepository plans;

    @Inject
    OverdueOccurrences overdue;

    @Inject
    AgencyNames names;

    @Inject
    DataStamp stamps;

    @Inject
    DashboardAnswers answers;

    @Inject
    Instance<Clock> clocks;

    @GET
    @Transactional
    @Operation(summary = "Danh sách kỳ hạn quá hạn của một năm kế hoạch — the overdue occurrences of a plan year")
    @APIResponse(responseCode = "200", description = "The overdue list, longest overdue first, with an ETag",
            content = @Content(schema = @Schema(implementation = OverdueResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response overdue(@PathParam("planId") long planId, @PathParam("year") int year) {
        if (year < 1900 || year > 2200) {
            throw ProblemException.badRequest("invalid-year", "Năm phải từ 1900 đến 2200",
                    "The year must be between 1900 and 2200");
        }
        plans.findById(planId).orElseThrow(() -> ProblemException.notFound("plan", planId));
        LocalDate today = LocalDate.now(clocks.isResolvable() ? clocks.get().withZone(ZONE) : Clock.system(ZONE));
        SummaryCache.Answer<OverdueResponse> answer = answers.overdue.get(List.of(planId, year, today),
                stamps.ofOccurrences(), () -> compute(planId, year, today));
        return Response.ok(answer.value()).tag(answer.tag()).build();
    }

    private OverdueResponse compute(long planId, int year, LocalDate today) {
        List<OverdueOccurrences.Row> rows = overdue.of(planId, year, today);
        Map<Long, Task> tasks = rows.isEmpty() ? Map.of() : overdue.tasksOf(planId);
        Map<Long, String> agencyNames = names.of(rows.stream().map(OverdueOccurrences.Row::agencyId)
                .collect(Collectors.toSet()));
        List<OverdueResponse.Item> items = rows.stream()
                .map(o -> {
                    Task task = tasks.get(o.taskId());
                    return new OverdueResponse.Item(o.id(), task.id(), task.code(), task.shortTitle(), o.agencyId(),
                            agencyNames.getOrDefault(o.agencyId(), String.valueOf(o.agencyId())), o.period(),
                            o.dueDate(), ChronoUnit.DAYS.between(o.dueDate(), today), o.progressPercent());
                })
                .toList();
        return new OverdueResponse(planId, year, today, items);
    }
}
