package vn.laichau.par.api.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.account.ActingOfficials;
import vn.laichau.par.application.calendar.CalendarAdministration;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.Refusal.Violation;
import vn.laichau.par.domain.UserText;
import vn.laichau.par.domain.calendar.AdjustmentKind;
import vn.laichau.par.domain.calendar.CalendarAdjustment;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;

/** The holiday calendar: computed holidays, and swap days and make-up working Saturdays added by hand. */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "calendar", description = "Lịch ngày nghỉ, ngày làm việc — the holiday calendar")
public class CalendarResource {

    private final CalendarAdministration calendar;
    private final CurrentOfficial caller;
    private final ActingOfficials actors;

    @Context
    UriInfo uri;

    /** For the container's client proxy only. */
    protected CalendarResource() {
        this(null, null, null);
    }

    @Inject
    public CalendarResource(CalendarAdministration calendar, CurrentOfficial caller, ActingOfficials actors) {
        this.calendar = calendar;
        this.caller = caller;
        this.actors = actors;
    }

    @GET
    @Path("years/{year}")
    @Operation(summary = "Ngày lễ, ngày nghỉ bù và ngày điều chỉnh của một năm — a year's holidays, compensatory "
            + "days and adjustments")
    @APIResponse(responseCode = "200", description = "The year's calendar")
    @APIResponse(responseCode = "400", description = "Year outside 1900–2200")
    public CalendarYearResponse year(@PathParam("year") int year) {
        return CalendarYearResponse.of(calendar.year(year));
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Thêm ngày nghỉ hoán đổi hoặc ngày làm bù — add a swap day or a make-up working day")
    @APIResponse(responseCode = "201", description = "The adjustment, and the open occurrences whose working-day "
            + "deadline moved with it (movedOccurrences)")
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json with violations)")
    @APIResponse(responseCode = "409", description = "The day is already of that kind or already adjusted")
    public Response add(AdjustmentRequest request) {
        CalendarChangeResponse added = CalendarChangeResponse.of(calendar.add(author(), adjustment(request)));
        return Response.created(uri.getBaseUriBuilder().path("calendar").path("adjustments")
                .path(added.date().toString()).build()).entity(added).build();
    }

    @DELETE
    @Path("adjustments/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Bỏ điều chỉnh của một ngày — remove a day's adjustment")
    @APIResponse(responseCode = "200", description = "Removed; the statutory calendar applies to the day again, and "
            + "the open occurrences whose working-day deadline moved back are listed (movedOccurrences)")
    @APIResponse(responseCode = "404", description = "The day has no adjustment")
    public CalendarChangeResponse remove(@PathParam("date") String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw Refusal.of(Refusal.Reason.INVALID, "invalid-date", "Ngày phải có dạng yyyy-MM-dd",
                    "The date must be written yyyy-MM-dd");
        }
        return CalendarChangeResponse.of(calendar.remove(author(), day));
    }

    private Actor author() {
        return actors.named(caller.id(), Channel.API);
    }

    /** The adjustment the request asks for; its shape checked, every wrong field named. */
    private static CalendarAdjustment adjustment(AdjustmentRequest request) {
        if (request == null) {
            throw Refusal.of(Refusal.Reason.INVALID, "missing-body", "Thiếu nội dung yêu cầu",
                    "The request body is missing");
        }
        int first = CalendarAdministration.FIRST_YEAR;
        int last = CalendarAdministration.LAST_YEAR;
        List<Violation> violations = new ArrayList<>();
        if (request.date() == null) {
            violations.add(new Violation("date", "Cần ngày", "the date is required"));
        } else if (request.date().getYear() < first || request.date().getYear() > last) {
            violations.add(new Violation("date", "Ngày phải trong các năm " + first + "–" + last,
                    "the date must lie in the years " + first + "–" + last));
        }
        AdjustmentKind kind;
        try {
            kind = request.kind() == null ? null : AdjustmentKind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            violations.add(new Violation("kind", "DAY_OFF (ngày nghỉ hoán đổi) hoặc WORKING_DAY (ngày làm bù)",
                    "DAY_OFF (swap day) or WORKING_DAY (make-up working day)"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            violations.add(new Violation("reason", "Cần ghi văn bản quyết định", "the deciding notice is required"));
        } else if (request.reason().length() > 500) {
            violations.add(new Violation("reason", "Tối đa 500 ký tự", "at most 500 characters"));
        } else {
            UserText.violation("reason", UserText.cleaned(request.reason(), false), false).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-calendar-adjustment", "Điều chỉnh lịch không hợp lệ",
                    "The calendar adjustment is invalid", violations);
        }
        return new CalendarAdjustment(request.date(), kind, UserText.cleaned(request.reason(), false));
    }
}
