package vn.laichau.par.api.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.report.ReportSections;

/**
 * The sections of the CCHC report an agency writes itself (difficulties, proposals, recipients, signer), kept per
 * plan and agency for every later draft. Read as reports are read; the first text is stored with
 * {@code If-None-Match: *}, a change with {@code If-Match} and the ETag read.
 */
@Path("reports/plans/{planId}/written-sections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "report", description = "Báo cáo — reports")
public class WrittenSectionsResource {

    @Inject
    ReportSections sections;

    @Inject
    CurrentOfficial caller;

    @Context
    Request request;

    @GET
    @Operation(summary = "Phần báo cáo do đơn vị viết (khó khăn, đề xuất, nơi nhận, người ký) — the report sections the "
            + "agency writes: difficulties, proposals, recipients, signer")
    @APIResponse(responseCode = "200", description = "The sections; the ETag is their version once stored",
            content = @Content(schema = @Schema(implementation = WrittenSectionsResponse.class)))
    @APIResponse(responseCode = "304", description = "Not changed since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "planId or agencyId is not valid (problem+json)")
    @APIResponse(responseCode = "403", description = "An official asking for another agency's or the province's")
    @APIResponse(responseCode = "404", description = "No such plan or agency")
    public Response read(@PathParam("planId") String planId,
                         @Parameter(description = "the agency; absent for the whole province")
                         @QueryParam("agencyId") String agencyId) {
        ReportSections.Stored stored = sections.read(caller.id(), plan(planId), Params.id("agencyId", agencyId));
        if (stored.version().isEmpty()) {
            return Response.ok(WrittenSectionsResponse.of(stored)).build();
        }
        EntityTag tag = Preconditions.tagOf(stored.version().get());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(WrittenSectionsResponse.of(stored)).tag(tag).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi phần báo cáo do đơn vị viết — write the report sections: the first with If-None-Match: *, "
            + "a change with If-Match")
    @APIResponse(responseCode = "200", description = "Stored; the new version is the ETag",
            content = @Content(schema = @Schema(implementation = WrittenSectionsResponse.class)))
    @APIResponse(responseCode = "400", description = "A text too long or with control characters, a bad planId or "
            + "agencyId (problem+json with violations)")
    @APIResponse(responseCode = "403", description = "Not the report's agency (Sở Nội vụ for the province) nor an admin")
    @APIResponse(responseCode = "404", description = "No such plan or agency")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version, or sections exist although "
            + "If-None-Match: * was sent")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor If-None-Match: * was sent")
    public Response write(@PathParam("planId") String planId,
                          @Parameter(description = "the agency; absent for the whole province")
                          @QueryParam("agencyId") String agencyId,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                          WrittenSectionsRequest body) {
        Optional<Long> expected = (ifMatch == null || ifMatch.isBlank()) && ifNoneMatch != null
                && ifNoneMatch.strip().equals("*") ? Optional.empty()
                : Optional.of(Preconditions.expectedVersion(ifMatch));
        ReportSections.Texts texts = body == null ? null : new ReportSections.Texts(body.difficulties(),
                body.proposals(), body.recipients(), body.signerTitle(), body.signerName());
        ReportSections.Stored stored = sections.write(caller.id(), plan(planId), Params.id("agencyId", agencyId),
                expected, texts);
        return Response.ok(WrittenSectionsResponse.of(stored)).tag(Preconditions.tagOf(stored.version().orElseThrow()))
                .build();
    }

    private static long plan(String planId) {
        return Params.id("planId", planId).orElseThrow(() -> Params.invalid("planId", "bắt buộc — required"));
    }
}
