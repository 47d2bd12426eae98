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
import vn.laichau.par.application.dashboard.MonthlyDashboard;

/**
 * A plan year month by month for the monitoring agency: obligations due, finished, finished with evidence and
 * overdue per month, counted by the database; answered with an ETag like every dashboard.
 */
@Path("dashboards/plans/{planId}/years/{year}/months")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class MonthlyDashboardResource {

    @Inject
    Dashboards dashboards;

    @GET
    @Operation(summary = "Số kỳ hạn theo tháng đến hạn: đến hạn, hoàn thành, có tài liệu kiểm chứng, quá hạn — "
            + "a plan year's occurrences per month due: due, finished, finished with evidence, overdue")
    @APIResponse(responseCode = "200", description = "Twelve months and the occurrences due in other years, with an ETag",
            content = @Content(schema = @Schema(implementation = MonthlyDashboard.class)))
    @APIResponse(responseCode = "400", description = "The year is out of range")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response months(@PathParam("planId") long planId, @PathParam("year") int year) {
        return DashboardAnswers.ok(dashboards.months(planId, year));
    }
}
