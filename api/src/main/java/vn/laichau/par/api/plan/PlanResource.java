package vn.laichau.par.api.plan;

import vn.laichau.par.application.plan.AreaQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.plan.PlanRepository;

/** Plans and their areas. */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "plan", description = "Kế hoạch và lĩnh vực — plans and areas")
public class PlanResource {

    @Inject
    PlanRepository plans;

    @Inject
    AreaQueries areaQueries;

    @GET
    @Operation(summary = "Danh sách kế hoạch — the plans, in pages")
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<PlanResponse> list(@QueryParam("limit") @DefaultValue("50") int limit,
                                   @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        long after = Cursor.decodeId(cursor);
        List<Plan> rows = plans.list().stream().filter(p -> p.id() > after)
                .sorted(Comparator.comparing(Plan::id)).limit(size + 1L).toList();
        return Paging.page(rows, size, Plan::id, PlanResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một kế hoạch — one plan")
    @APIResponse(responseCode = "200", description = "The plan, with its version as ETag")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response get(@PathParam("id") long id) {
        Plan plan = find(id);
        return Response.ok(PlanResponse.of(plan)).tag(Preconditions.tagOf(plan.version())).build();
    }

    @GET
    @Path("{id}/areas")
    @Operation(summary = "Các lĩnh vực của kế hoạch, với đơn vị chủ trì và phối hợp — the plan's areas, with the"
            + " lead and coordinating agencies its body names for each and who carries their duties today")
    @APIResponse(responseCode = "200", description = "The areas, in plan order (one page)")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Page<AreaResponse> areas(@PathParam("id") long id) {
        return new Page<>(areaQueries.areasOf(id).stream().map(AreaResponse::of).toList(), null);
    }

    private Plan find(long id) {
        return plans.findById(id).orElseThrow(() -> Refusal.notFound("kế hoạch", "plan", id));
    }
}
