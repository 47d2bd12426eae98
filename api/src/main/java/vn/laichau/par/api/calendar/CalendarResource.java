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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.Roles;

/** The holiday calendar: computed holidays, and swap days and make-up working Saturdays added by hand. */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "calendar", description = "Lịch ngày nghỉ, ngày làm việc — the holiday calendar")
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @Context
    UriInfo uri;

    @GET
    @Path("years/{year}")
    @Operation(summary = "Ngày lễ, ngày nghỉ bù và ngày điều chỉnh của một năm — a year's holidays, compensatory "
            + "days and adjustments")
    @APIResponse(responseCode = "200", description = "The year's calendar")
    @APIResponse(responseCode = "400", description = "Year outside 1900–2200")
    public CalendarYearResponse year(@PathParam("year") int year) {
        return calendar.year(year);
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
        CalendarChangeResponse added = calendar.add(request);
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
            throw ProblemException.badRequest("invalid-date", "Ngày phải có dạng yyyy-MM-dd",
                    "The date must be written yyyy-MM-dd");
        }
        return calendar.remove(day);
    }
}
