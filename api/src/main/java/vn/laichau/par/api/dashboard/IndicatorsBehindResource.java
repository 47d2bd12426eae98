package vn.laichau.par.api.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.dashboard.Dashboards;
import vn.laichau.par.application.dashboard.IndicatorsBehind;

/** The indicators behind target in a plan year; answered with an ETag like every dashboard. */
@Path("dashboards/plans/{planId}/years/{year}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class IndicatorsBehindResource {

    @Inject
    Dashboards dashboards;

    @GET
    @Operation(summary = "Chỉ tiêu chưa đạt của một năm kế hoạch — the indicators behind target in a plan year, "
            + "with the shortfall, and those not reported")
    @APIResponse(responseCode = "200", description = "Indicators behind target and not reported, with an ETag")
    @APIResponse(responseCode = "400", description = "The year lies outside the plan's period")
    @APIResponse(responseCode = "404", description = "No such plan")
    public IndicatorsBehind behind(@PathParam("planId") long planId, @PathParam("year") int year) {
        return dashboards.indicatorsBehind(planId, year);
    }
}
