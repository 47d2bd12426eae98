package vn.laichau.par.api.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.dashboard.Dashboards;
import vn.laichau.par.application.dashboard.ParIndexTrend;

/** The PAR INDEX trend of a province (Lai Châu by default); answered with an ETag like every dashboard. */
@Path("dashboards/par-index")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class ParIndexTrendResource {

    @Inject
    Dashboards dashboards;

    @GET
    @Operation(summary = "Xu hướng Chỉ số CCHC qua các năm — the PAR INDEX trend, year by year")
    @APIResponse(responseCode = "200", description = "The results, oldest year first, with an ETag")
    public ParIndexTrend trend(@QueryParam("province") @DefaultValue("Lai Châu") String province) {
        return dashboards.parIndexTrend(province);
    }
}
