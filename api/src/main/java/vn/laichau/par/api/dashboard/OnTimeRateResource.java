package vn.laichau.par.api.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.dashboard.Dashboards;
import vn.laichau.par.application.dashboard.OnTimeRateDashboard;

/**
 * Each agency's on-time rate per plan year of a plan; answered with an ETag like every dashboard. The counts
 * read every occurrence of the plan's period, so an answer is reused while the data has not changed
 * (by the application's dashboards).
 */
@Path("dashboards/plans/{planId}/on-time-rates")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class OnTimeRateResource {

    @Inject
    Dashboards dashboards;

    @GET
    @Operation(summary = "Tỷ lệ đúng hạn của từng đơn vị qua các năm — each agency's on-time rate per plan year")
    @APIResponse(responseCode = "200", description = "One row per agency with its years, with an ETag",
            content = @Content(schema = @Schema(implementation = OnTimeRateDashboard.class)))
    @APIResponse(responseCode = "400", description = "from/to outside the plan's period, or from after to")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response rates(@PathParam("planId") long planId,
                          @QueryParam("from") @Parameter(description = "first plan year, default the plan's first") String from,
                          @QueryParam("to") @Parameter(description = "last plan year, default the plan's last") String to) {
        return DashboardAnswers.ok(dashboards.onTimeRates(planId, Params.integer("from", from, 1900, 2200),
                Params.integer("to", to, 1900, 2200)));
    }
}
