package vn.laichau.par.api.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.occurrence.EventRecording;
import vn.laichau.par.domain.deadline.WorkingDaysFromEvent;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Occurrence;

/**
 * The time limits of a task counted in working days from an event ("05 ngày làm việc kể từ ngày ký quyết định công
 * bố"), and recording such an event: the obligation follows for the recording official's agency.
 */
@Path("tasks/{id}/events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "task", description = "Nhiệm vụ — tasks")
public class TaskEventResource {

    /** One time limit of the task counted from an event; {@code rule} is what a recording names. */
    public record EventDeadline(int rule, String description, int workingDays, String direction, String event) {
    }

    /**
     * An event that happened.
     *
     * @param eventDate the day it happened (not after today, within the plan's years)
     * @param rule      which of the task's event deadlines (default 0)
     * @param agencyId  for an administrator: one lead agency (default every lead agency); ignored for an official
     * @param reference the decision's number or other reference, kept on the audit trail
     */
    public record EventRequest(LocalDate eventDate, Integer rule, Long agencyId, String reference) {
    }

    /** An obligation the event created. */
    public record CreatedObligation(long occurrenceId, long agencyId, String period, LocalDate dueDate,
                                    String deadlineMeaning) {
    }

    @Inject
    EventRecording events;

    @Inject
    CurrentOfficial caller;

    @GET
    @Operation(summary = "Các thời hạn tính từ sự kiện của nhiệm vụ — the task's deadlines counted from an event")
    @APIResponse(responseCode = "200", description = "The event deadlines, numbered from 0 (empty when none)")
    @APIResponse(responseCode = "404", description = "No such task")
    public Page<EventDeadline> deadlines(@PathParam("id") long taskId) {
        List<EventDeadline> deadlines = new ArrayList<>();
        List<WorkingDaysFromEvent> rules = events.eventDeadlines(taskId);
        for (int i = 0; i < rules.size(); i++) {
            WorkingDaysFromEvent r = rules.get(i);
            deadlines.add(new EventDeadline(i, r.describe(), r.workingDays(), r.direction().name(), r.eventVi()));
        }
        return new Page<>(deadlines, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ghi nhận sự kiện (ví dụ ngày ký quyết định công bố): phát sinh nghĩa vụ có hạn tính theo ngày "
            + "làm việc — record the event a time limit counts from; the obligation follows")
    @APIResponse(responseCode = "201", description = "The obligations created, one per agency")
    @APIResponse(responseCode = "400", description = "No day, a day in the future or outside the plan, a bad rule "
            + "number, or an agency that does not lead the task (problem+json)")
    @APIResponse(responseCode = "403", description = "A leader, or an official whose agency does not lead the task")
    @APIResponse(responseCode = "404", description = "No such task")
    @APIResponse(responseCode = "409", description = "The task has no deadline counted from an event, or this event "
            + "is recorded already")
    public Response record(@PathParam("id") long taskId, EventRequest request) {
        EventRequest given = request == null ? new EventRequest(null, null, null, null) : request;
        List<Occurrence> created = events.record(caller.id(), Channel.API, taskId,
                given.rule() == null ? 0 : given.rule(), given.eventDate(), Optional.ofNullable(given.agencyId()),
                given.reference());
        List<WorkingDaysFromEvent> rules = events.eventDeadlines(taskId);
        WorkingDaysFromEvent rule = rules.get(given.rule() == null ? 0 : given.rule());
        return Response.status(Response.Status.CREATED).entity(new Page<>(created.stream()
                .map(o -> new CreatedObligation(o.id(), o.agencyId(), o.period(), o.dueDate(),
                        rule.describe())).toList(), null)).build();
    }
}
