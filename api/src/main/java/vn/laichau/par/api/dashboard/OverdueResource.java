package vn.laichau.par.api.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.dashboard.Dashboards;
import vn.laichau.par.application.dashboard.OverdueDashboard;

/** The overdue list of a plan year for the monitoring agency; answered with an ETag like every dashboard. */
@Path("dashboards/plans/{planId}/years/{year}/overdue")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class OverdueResource {

    @Inject
    Dashboards dashboards;

    @GET
    @Operation(summary = "Danh sách kỳ hạn quá hạn của một năm kế hoạch — the overdue occurrences of a plan year")
    @APIResponse(responseCode = "200", description = "The overdue list, longest overdue first, with an ETag",
            content = @Content(schema = @Schema(implementation = OverdueDashboard.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response overdue(@PathParam("planId") long planId, @PathParam("year") int year) {
        return DashboardAnswers.ok(dashboards.overdue(planId, year));
    }
}
