package vn.laichau.par.api.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import vn.laichau.par.api.official.ActingAdmin;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.agency.AgencyAdministration;
import vn.laichau.par.application.agency.AgencyDetails;
import vn.laichau.par.application.agency.AgencyEnd;
import vn.laichau.par.application.agency.AgencyView;
import vn.laichau.par.application.agency.OfficialsOnEnd;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.Refusal.Violation;
import vn.laichau.par.domain.model.agency.AgencyKind;

/**
 * The agencies that tasks are assigned to. Anyone reads; administrators create them, change them, record
 * their end (with the successor of a merged or abolished unit) and undo an end recorded by mistake. Every write
 * needs {@code If-Match} with the agency's ETag, except creating one.
 */
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "agency", description = "Cơ quan, đơn vị — agencies, their validity and successors")
public class AgencyResource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AgencyAdministration agencies;
    private final ActingAdmin admin;

    @Context
    UriInfo uri;

    /** For the container's client proxy only. */
    protected AgencyResource() {
        this(null, null);
    }

    @Inject
    public AgencyResource(AgencyAdministration agencies, ActingAdmin admin) {
        this.agencies = agencies;
        this.admin = admin;
    }

    @GET
    @Operation(summary = "Danh sách cơ quan, đơn vị — the agencies, in pages by id; those existing on a day, "
            + "those active today or not, of one kind")
    @APIResponse(responseCode = "200", description = "A page of agencies")
    @APIResponse(responseCode = "400", description = "A parameter is invalid, or validOn and active are both given")
    public Page<AgencyResponse> list(
            @Parameter(description = "Chỉ các cơ quan tồn tại vào ngày này (YYYY-MM-DD) — only agencies existing "
                    + "on this day") @QueryParam("validOn") String validOn,
            @Parameter(description = "true: tồn tại hôm nay; false: đã kết thúc hoặc chưa bắt đầu — true: existing "
                    + "today; false: ended or not yet started") @QueryParam("active") String active,
            @Parameter(description = "PROVINCIAL_COMMITTEE, DEPARTMENT, DISTRICT_COMMITTEE, COMMUNE_COMMITTEE, OTHER")
            @QueryParam("kind") String kind,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("cursor") String cursor) {
        Optional<LocalDate> day = Params.date("validOn", validOn);
        Optional<Boolean> activeToday = bool("active", active);
        if (day.isPresent() && activeToday.isPresent()) {
            throw Params.invalid("active", "không dùng cùng validOn — not together with validOn");
        }
        int size = Cursor.boundedLimit(limit);
        List<AgencyView> rows = agencies.list(Cursor.decodeId(cursor), size + 1, day, activeToday,
                Params.enumeration("kind", kind, AgencyKind.class));
        return Paging.page(rows, size, v -> v.agency().getId(), AgencyResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một cơ quan, đơn vị với hiệu lực, cơ quan kế thừa và các cơ quan được kế thừa — one "
            + "agency with its validity, successor and predecessors")
    @APIResponse(responseCode = "200", description = "The agency, its version as ETag")
    @APIResponse(responseCode = "404", description = "No such agency")
    public Response get(@PathParam("id") long id) {
        AgencyResponse agency = AgencyResponse.of(agencies.get(id));
        return Response.ok(agency).tag(Preconditions.tagOf(agency.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tạo cơ quan (quản trị viên) — create an agency (admin)")
    @APIResponse(responseCode = "201", description = "The new agency, its version as ETag")
    @APIResponse(responseCode = "400", description = "Invalid fields: code, name, kind, dates, unknown parent or "
            + "successor, a successor without a last day (problem+json with violations)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The code is taken, or an agency of the same name exists at "
            + "the same time")
    public Response create(NewAgencyRequest request) {
        if (request == null) {
            throw missingBody();
        }
        AgencyResponse created = AgencyResponse.of(agencies.create(admin.actor(), request.code(),
                details(request.details())));
        return Response.created(uri.getBaseUriBuilder().path("agencies").path(String.valueOf(created.id())).build())
                .entity(created).tag(Preconditions.tagOf(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sửa cơ quan (quản trị viên): tên, tên viết tắt, loại, cơ quan cấp trên, hiệu lực, cơ quan "
            + "kế thừa; mã không đổi — change an agency (admin): names, kind, parent, validity, successor; the code "
            + "stays")
    @APIResponse(responseCode = "200", description = "The agency as changed, its new version as ETag")
    @APIResponse(responseCode = "400", description = "Invalid fields: the last day before the first, an unknown "
            + "successor or parent, the agency itself, a loop of successors or parents")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "An agency of the same name exists at the same time")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response change(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AgencyRequest request) {
        long version = Preconditions.expectedVersion(ifMatch);
        if (request == null) {
            throw missingBody();
        }
        AgencyResponse changed = AgencyResponse.of(agencies.change(admin.actor(), id, version, details(request)));
        return Response.ok(changed).tag(Preconditions.tagOf(changed.version())).build();
    }

    @POST
    @Path("{id}/deactivation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Kết thúc cơ quan (sáp nhập, giải thể) với cơ quan kế thừa (quản trị viên) — end an agency "
            + "(merged or abolished), with its successor (admin). Open occurrences stay with it and are counted; the "
            + "next cycle assigns later periods to the successor; its active officials move to the successor or are "
            + "deactivated, as the field officials says (audited, their sessions end)")
    @APIResponse(responseCode = "200", description = "The ended agency and its open occurrences by and after the "
            + "last day")
    @APIResponse(responseCode = "400", description = "The last day before the first day; an unknown successor, the "
            + "agency itself, a loop, or a successor that does not exist the day after; active officials and no "
            + "choice of what becomes of them (officials: MOVE_TO_SUCCESSOR or DEACTIVATE), or a move without successor")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "An agency of the same name exists at the same time")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response end(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        AgencyEndRequest request) {
        long version = Preconditions.expectedVersion(ifMatch);
        Optional<LocalDate> lastDay = Optional.ofNullable(request).map(AgencyEndRequest::lastDay);
        List<Violation> violations = new ArrayList<>();
        lastDay.ifPresent(day -> checkYear("lastDay", day, violations));
        Optional<OfficialsOnEnd> officials = Optional.empty();
        String chosen = request == null ? null : request.officials();
        if (chosen != null) {
            try {
                officials = Optional.of(OfficialsOnEnd.valueOf(chosen.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("officials", "chỉ MOVE_TO_SUCCESSOR hoặc DEACTIVATE",
                        "only MOVE_TO_SUCCESSOR or DEACTIVATE"));
            }
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-agency-end", "Ngày kết thúc không hợp lệ", "The last day is invalid",
                    violations);
        }
        AgencyEndResponse ended = ended(id, agencies.end(admin.actor(), id, version, lastDay,
                request == null ? null : request.successorId(), officials));
        return Response.ok(ended).tag(Preconditions.tagOf(ended.agency().version())).build();
    }

    @POST
    @Path("{id}/reactivation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Bỏ việc kết thúc ghi nhầm: cơ quan tồn tại trở lại, không có cơ quan kế thừa (quản trị "
            + "viên) — undo an end recorded by mistake (admin)")
    @APIResponse(responseCode = "200", description = "The agency, existing again, its new version as ETag")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "The agency has not ended, or an agency of the same name "
            + "exists meanwhile")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response restore(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = Preconditions.expectedVersion(ifMatch);
        AgencyResponse restored = AgencyResponse.of(agencies.restore(admin.actor(), id, version));
        return Response.ok(restored).tag(Preconditions.tagOf(restored.version())).build();
    }

    private static AgencyEndResponse ended(long id, AgencyEnd end) {
        LocalDate lastDay = end.lastDay();
        String open = "/api/v1/occurrences?agency=" + id + "&status=OPEN&dueFrom=" + lastDay.plusDays(1);
        String explanation = "Các kỳ chưa hoàn thành vẫn thuộc cơ quan này (lịch sử không đổi); kỳ đến hạn sau ngày "
                + DAY.format(lastDay) + " cần quản trị viên xử lý; chu kỳ tiếp theo giao các kỳ sau ngày này cho "
                + "cơ quan kế thừa — Open occurrences stay with this agency (history is kept); those due after "
                + DAY.format(lastDay) + " need an administrator's attention; the next cycle assigns the periods after "
                + "that day to the successor";
        return new AgencyEndResponse(AgencyResponse.of(end.agency()), lastDay, end.openDueByLastDay(),
                end.openDueAfterLastDay(), open, explanation,
                end.officialsDisposition() == null ? null : end.officialsDisposition().name(), end.officialsConcerned());
    }

    /** The request's values as the administration takes them; wrong kinds and years out of range are a 400. */
    private static AgencyDetails details(AgencyRequest request) {
        List<Violation> violations = new ArrayList<>();
        AgencyKind kind = null;
        if (request.kind() == null || request.kind().isBlank()) {
            violations.add(new Violation("kind", "Bắt buộc", "required"));
        } else {
            try {
                kind = AgencyKind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("kind", "PROVINCIAL_COMMITTEE, DEPARTMENT, DISTRICT_COMMITTEE, "
                        + "COMMUNE_COMMITTEE hoặc OTHER", "PROVINCIAL_COMMITTEE, DEPARTMENT, DISTRICT_COMMITTEE, "
                        + "COMMUNE_COMMITTEE or OTHER"));
            }
        }
        checkYear("validFrom", request.validFrom(), violations);
        checkYear("validTo", request.validTo(), violations);
        positive("parentId", request.parentId(), violations);
        positive("successorId", request.successorId(), violations);
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-agency", "Thông tin cơ quan không hợp lệ", "The agency's details are invalid",
                    violations);
        }
        return new AgencyDetails(request.name(), request.shortName(), kind, request.parentId(), request.validFrom(),
                request.validTo(), request.successorId());
    }

    private static void checkYear(String field, LocalDate day, List<Violation> violations) {
        if (day != null && (day.getYear() < 1900 || day.getYear() > 2200)) {
            violations.add(new Violation(field, "Ngày phải trong các năm 1900–2200",
                    "the date must lie in the years 1900–2200"));
        }
    }

    private static void positive(String field, Long id, List<Violation> violations) {
        if (id != null && id < 1) {
            violations.add(new Violation(field, "phải là số nguyên dương", "must be a positive whole number"));
        }
    }

    private static Refusal missingBody() {
        return Refusal.of(Refusal.Reason.INVALID, "missing-body", "Thiếu nội dung yêu cầu",
                "The request body is missing");
    }

    private static Optional<Boolean> bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw Params.invalid(name, "true hoặc false — true or false");
        };
    }
}
