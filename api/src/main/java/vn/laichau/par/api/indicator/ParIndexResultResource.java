package vn.laichau.par.api.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.account.ActingOfficials;
import vn.laichau.par.application.indicator.ParIndexResults;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.plan.ParIndexResult;

/** PAR INDEX results per year: everyone signed in reads; admins enter and correct them. */
@Path("par-index-results")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "par-index", description = "Kết quả Chỉ số CCHC hằng năm — PAR INDEX results per year")
public class ParIndexResultResource {

    private final ParIndexResults results;
    private final CurrentOfficial caller;
    private final ActingOfficials actors;

    @Context
    UriInfo uri;

    /** For the container's client proxy only. */
    protected ParIndexResultResource() {
        this(null, null, null);
    }

    @Inject
    public ParIndexResultResource(ParIndexResults results, CurrentOfficial caller, ActingOfficials actors) {
        this.results = results;
        this.caller = caller;
        this.actors = actors;
    }

    @GET
    @Operation(summary = "Kết quả Chỉ số CCHC — PAR INDEX results, of one province or all, in pages by id")
    @APIResponse(responseCode = "200", description = "A page of results, with an ETag")
    public Page<ParIndexResultResponse> list(@QueryParam("province") String province,
                                             @QueryParam("limit") @DefaultValue("50") int limit,
                                             @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        return Paging.page(results.list(Optional.ofNullable(province).filter(p -> !p.isBlank()),
                Cursor.decodeId(cursor), size + 1), size, ParIndexResult::id, ParIndexResultResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một kết quả Chỉ số CCHC — one year's result")
    @APIResponse(responseCode = "200", description = "The result; its version is the ETag")
    @APIResponse(responseCode = "404", description = "No such result")
    public Response get(@PathParam("id") long id) {
        ParIndexResultResponse result = ParIndexResultResponse.of(results.get(id));
        return Response.ok(result).tag(Preconditions.tagOf(result.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Nhập kết quả Chỉ số CCHC của một năm (quản trị viên) — enter a year's result (admin)")
    @APIResponse(responseCode = "201", description = "The stored result; its version is the ETag")
    @APIResponse(responseCode = "400", description = "Invalid figures (problem+json with violations)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The province already has a result for that year")
    public Response create(ParIndexResultRequest request) {
        if (request == null) {
            throw bodyRequired();
        }
        ParIndexResultResponse created = ParIndexResultResponse.of(results.enter(author(), request.province(),
                request.year(), request.figures()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).tag(Preconditions.tagOf(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sửa kết quả Chỉ số CCHC (quản trị viên) — correct a result (admin)")
    @APIResponse(responseCode = "200", description = "The corrected result; the new version is the ETag")
    @APIResponse(responseCode = "400", description = "Invalid figures (problem+json with violations)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such result")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ParIndexRevisionRequest request) {
        long version = Preconditions.expectedVersion(ifMatch);
        if (request == null) {
            results.get(id);
            throw bodyRequired();
        }
        ParIndexResultResponse revised = ParIndexResultResponse.of(results.correct(author(), id, version,
                request.figures()));
        return Response.ok(revised).tag(Preconditions.tagOf(revised.version())).build();
    }

    private Actor author() {
        return actors.named(caller.id(), Channel.API);
    }

    private static Refusal bodyRequired() {
        return Refusal.of(Refusal.Reason.INVALID, "body-required", "Cần nội dung JSON", "A JSON body is required");
    }
}
