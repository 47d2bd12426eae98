package vn.laichau.par.api.extension;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.application.occurrence.ExtensionDecisions;
import vn.laichau.par.application.occurrence.OccurrenceQueries;

/** Deadline extension requests across occurrences, and the admin's decision. */
@Path("extensions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "extension", description = "Gia hạn — deadline extensions")
public class ExtensionResource {

    @Inject
    OccurrenceQueries queries;

    @Inject
    ExtensionDecisions decisions;

    @Inject
    CurrentOfficial caller;

    @GET
    @Operation(summary = "Danh sách yêu cầu gia hạn — extension requests, optionally by status, in pages")
    @APIResponse(responseCode = "200", description = "A page of extension requests")
    public Page<ExtensionResponse> list(@QueryParam("status") String status,
                                        @QueryParam("limit") @DefaultValue("50") int limit,
                                        @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        long after = Cursor.decodeId(cursor);
        Optional<ExtensionStatus> wanted = Params.enumeration("status", status, ExtensionStatus.class);
        List<DeadlineExtension> rows = queries.extensions(wanted, after, size + 1);
        return Paging.page(rows, size, DeadlineExtension::id, ExtensionResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một yêu cầu gia hạn — one extension request")
    @APIResponse(responseCode = "200", description = "The request, with its version as ETag")
    @APIResponse(responseCode = "404", description = "No such request")
    public Response get(@PathParam("id") long id) {
        DeadlineExtension extension = queries.extension(id);
        return Response.ok(ExtensionResponse.of(extension)).tag(Preconditions.tagOf(extension.version())).build();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Quyết định gia hạn (quản trị viên) — decide a request (admin); an approval moves the "
            + "occurrence's due date")
    @APIResponse(responseCode = "200", description = "The decided request")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "Already decided")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response decide(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid DecisionRequest decision) {
        long version = Preconditions.expectedVersion(ifMatch);
        DeadlineExtension decided = decisions.decide(caller.id(), Channel.API, id, version,
                decision.decision() == DecisionRequest.Decision.APPROVE, decision.reference());
        return Response.ok(ExtensionResponse.of(decided)).tag(Preconditions.tagOf(decided.version())).build();
    }
}
