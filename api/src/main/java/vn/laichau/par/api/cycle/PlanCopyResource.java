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
import java.util.List;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.plan.NextCycle;
import vn.laichau.par.domain.Refusal;

/** A new plan copied from an old one, as the next cycle of the old one. */
@Path("plans/{planId}/copies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "next-cycle", description = "Chu kỳ tiếp theo của kế hoạch — a plan's next cycle")
public class PlanCopyResource {

    @Inject
    NextCycle cycles;

    @POST
    @Operation(summary = "Tạo kế hoạch mới sao chép từ kế hoạch này, cùng các kỳ hạn — a new plan copied from this "
            + "one, with its occurrences; asking again with the same number creates nothing more")
    @APIResponse(responseCode = "200", description = "The new plan and how many occurrences were created now")
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json with violations)")
    @APIResponse(responseCode = "404", description = "No such plan")
    public NextCycleResponse copy(@PathParam("planId") long planId, PlanCopyRequest request) {
        if (request == null) {
            throw Refusal.invalid("missing-body", "Thiếu nội dung yêu cầu", "The request body is missing", List.of());
        }
        return NextCycleResponse.of(cycles.copy(planId, request.number(), request.title(), request.issuedOn(),
                request.firstYear(), request.lastYear()));
    }
}
