package vn.laichau.par.api.agency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.persistence.agency.AgencyRepository;

/** The agencies that tasks are assigned to. */
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AgencyResource {

    @Inject
    AgencyRepository agencies;

    @GET
    @Operation(summary = "Danh sách cơ quan, đơn vị — the agencies, in pages")
    public Page<AgencyResponse> list(@QueryParam("limit") @DefaultValue("50") int limit,
                                     @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        long after = Cursor.decodeId(cursor);
        List<Agency> rows = agencies.list(after, size + 1);
        boolean more = rows.size() > size;
        List<AgencyResponse> items = rows.stream().limit(size).map(AgencyResponse::of).toList();
        String next = more ? Cursor.encodeId(items.get(items.size() - 1).id()) : null;
        return new Page<>(items, next);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một cơ quan, đơn vị — one agency")
    public AgencyResponse get(@PathParam("id") long id) {
        return agencies.findById(id).map(AgencyResponse::of)
                .orElseThrow(() -> ProblemException.notFound("agency", id));
    }
}
