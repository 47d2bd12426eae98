package vn.laichau.par.api.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.account.ActingOfficials;
import vn.laichau.par.application.indicator.IndicatorValues;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Channel;

/** The plan's indicators ("Chỉ tiêu"): everyone signed in reads; admins record the yearly actual values. */
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "indicator", description = "Chỉ tiêu và giá trị thực hiện hằng năm — indicators and their yearly values")
public class IndicatorResource {

    private final IndicatorValues indicators;
    private final CurrentOfficial caller;
    private final ActingOfficials actors;

    @Context
    UriInfo uri;

    /** For the container's client proxy only. */
    protected IndicatorResource() {
        this(null, null, null);
    }

    @Inject
    public IndicatorResource(IndicatorValues indicators, CurrentOfficial caller, ActingOfficials actors) {
        this.indicators = indicators;
        this.caller = caller;
        this.actors = actors;
    }

    @GET
    @Operation(summary = "Các chỉ tiêu với mục tiêu và giá trị thực hiện từng năm — indicators with their targets "
            + "and actual values per plan year, in pages by id")
    @APIResponse(responseCode = "200", description = "A page of indicators, with an ETag")
    @APIResponse(responseCode = "400", description = "Invalid plan, limit or cursor")
    public Page<IndicatorResponse> list(@QueryParam("plan") @Parameter(description = "only this plan's") String plan,
                                        @QueryParam("limit") @DefaultValue("50") int limit,
                                        @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        return Paging.page(indicators.list(Params.id("plan", plan), Cursor.decodeId(cursor), size + 1), size,
                i -> i.indicator().id(), IndicatorResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một chỉ tiêu — one indicator with its targets and yearly values")
    @APIResponse(responseCode = "200", description = "The indicator, with an ETag")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorResponse get(@PathParam("id") long id) {
        return IndicatorResponse.of(indicators.get(id));
    }

    @GET
    @Path("{id}/values/{year}")
    @Operation(summary = "Giá trị thực hiện của một năm — the actual value of one plan year")
    @APIResponse(responseCode = "200", description = "The value against the year's target; its version is the ETag")
    @APIResponse(responseCode = "400", description = "The year lies outside the plan's period")
    @APIResponse(responseCode = "404", description = "No such indicator, or no value recorded for the year")
    public Response value(@PathParam("id") long id, @PathParam("year") int year) {
        IndicatorValueResponse value = IndicatorValueResponse.of(indicators.value(id, year));
        return Response.ok(value).tag(Preconditions.tagOf(value.version())).build();
    }

    @PUT
    @Path("{id}/values/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Ghi giá trị thực hiện của một năm (quản trị viên) — record a year's actual value (admin): "
            + "the first with If-None-Match: *, a correction with If-Match")
    @APIResponse(responseCode = "200", description = "Corrected; the new version is the ETag")
    @APIResponse(responseCode = "201", description = "Recorded; the version is the ETag")
    @APIResponse(responseCode = "400", description = "A value the indicator's unit cannot hold, a year outside the "
            + "plan, or fields too long (problem+json with violations)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version, or a value exists "
            + "although If-None-Match: * was sent")
    @APIResponse(responseCode = "428", description = "Neither If-Match nor If-None-Match: * was sent")
    public Response record(@PathParam("id") long id, @PathParam("year") int year,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                           IndicatorValueRequest request) {
        Optional<Long> expected = expectedVersion(ifMatch, ifNoneMatch);
        if (request == null) {
            throw Refusal.of(Refusal.Reason.INVALID, "missing-body", "Thiếu nội dung yêu cầu",
                    "The request body is missing");
        }
        IndicatorValues.YearValue recorded = indicators.record(actors.named(caller.id(), Channel.API), id, year,
                expected, request.value(), request.source(), request.note());
        IndicatorValueResponse value = IndicatorValueResponse.of(recorded);
        Response.ResponseBuilder answer = recorded.created()
                ? Response.created(uri.getAbsolutePath())
                : Response.ok();
        return answer.entity(value).tag(Preconditions.tagOf(value.version())).build();
    }

    /** No version for a first value ({@code If-None-Match: *}), else the one {@code If-Match} names. */
    private static Optional<Long> expectedVersion(String ifMatch, String ifNoneMatch) {
        if ((ifMatch == null || ifMatch.isBlank()) && ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
            return Optional.empty();
        }
        return Optional.of(Preconditions.expectedVersion(ifMatch));
    }
}
