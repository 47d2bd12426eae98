package vn.laichau.par.api.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.plan.NextCycle;

/**
 * A plan carried into another plan year. Its own root path, so that the rest of {@code /plans/{id}} stays
 * with the plan resource.
 */
@Path("plans/{planId}/years")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "next-cycle", description = "Chu kỳ tiếp theo của kế hoạch — a plan's next cycle")
public class NextYearResource {

    @Inject
    NextCycle cycles;

    @POST
    @Operation(summary = "Thêm năm kế hoạch và tạo các kỳ hạn của năm đó — carry the plan into a plan year and "
            + "create that year's occurrences; asking again creates nothing")
    @APIResponse(responseCode = "200", description = "The plan and how many occurrences were created now")
    @APIResponse(responseCode = "400", description = "Invalid year (problem+json)")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The year lies before the plan's period")
    public NextCycleResponse addYear(@PathParam("planId") long planId, NextYearRequest request) {
        return NextCycleResponse.of(cycles.addYear(planId, request == null ? null : request.year()));
    }
}
