package vn.laichau.par.api.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.dashboard.Dashboards;
import vn.laichau.par.application.dashboard.StatusDashboard;

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

    @Inject
    Dashboards dashboards;

    @GET
    @Operation(summary = "Số kỳ hạn theo lĩnh vực hoặc đơn vị và trạng thái — occurrences by area or agency and "
            + "status, with on-time rates")
    @APIResponse(responseCode = "200", description = "The counts, with an ETag",
            content = @Content(schema = @Schema(implementation = StatusDashboard.class)))
    @APIResponse(responseCode = "400", description = "by is neither area nor agency, or the year is out of range")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response counts(@PathParam("planId") long planId, @PathParam("year") int year,
                           @QueryParam("by") @DefaultValue("area") String by) {
        return DashboardAnswers.ok(dashboards.status(planId, year, by));
    }
}
