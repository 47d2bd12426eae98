package vn.laichau.par.api.task;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.deadline.DeadlinePreviewResponse;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.deadline.DeadlineKind;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.application.plan.DeadlinePreview;
import vn.laichau.par.application.plan.TaskQueries;

/** The plan's tasks: search and filters for the phone's task list, and one task. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "task", description = "Nhiệm vụ — tasks")
public class TaskResource {

    @Inject
    TaskQueries tasks;

    @Inject
    DeadlinePreview previews;

    @GET
    @Operation(summary = "Tìm nhiệm vụ — tasks, filtered and searched (diacritics optional), in pages by id")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    @APIResponse(responseCode = "400", description = "An invalid parameter, named in violations")
    public Page<TaskResponse> list(
            @Parameter(description = "Từ khóa, có hoặc không dấu — words, with or without diacritics",
                    example = "kiem tra") @QueryParam("q") String q,
            @Parameter(description = "Plan id") @QueryParam("plan") String plan,
            @Parameter(description = "Area id") @QueryParam("area") String area,
            @Parameter(description = "Lead agency: id or code (groups that include it count)")
            @QueryParam("leadAgency") String leadAgency,
            @Parameter(description = "Deadline kind, e.g. YEARLY_DATE") @QueryParam("deadlineKind") String kind,
            @Parameter(description = "Only tasks changed at or after this instant (ISO-8601)")
            @QueryParam("updatedSince") String updatedSince,
            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        long after = Cursor.decodeId(cursor);
        Optional<Long> planId = Params.id("plan", plan);
        Optional<Long> areaId = Params.id("area", area);
        Optional<DeadlineKind> deadlineKind = Params.enumeration("deadlineKind", kind, DeadlineKind.class);
        Optional<Instant> since = Params.instant("updatedSince", updatedSince);
        List<Task> rows = tasks.search(q, planId, areaId, Optional.ofNullable(leadAgency), deadlineKind, since, after,
                size + 1);
        return Paging.page(rows, size, Task::id, t -> TaskResponse.of(t, kindOf(t)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một nhiệm vụ — one task")
    @APIResponse(responseCode = "200", description = "The task, with its version as ETag")
    @APIResponse(responseCode = "404", description = "No such task")
    public Response get(@PathParam("id") long id) {
        Task task = tasks.task(id);
        return Response.ok(TaskResponse.of(task, kindOf(task))).tag(Preconditions.tagOf(task.version())).build();
    }

    @GET
    @Path("{id}/deadline")
    @Operation(summary = "Cách đọc thời hạn của nhiệm vụ — how the task's deadline phrase is read, and the due "
            + "dates it gives in a plan year")
    @APIResponse(responseCode = "200", description = "The rule in Vietnamese and the year's due dates, or why a "
            + "person must enter the date")
    @APIResponse(responseCode = "400", description = "A missing or invalid year, named in violations")
    @APIResponse(responseCode = "404", description = "No such task")
    public DeadlinePreviewResponse deadline(@PathParam("id") long id,
                                            @Parameter(description = "Plan year", example = "2026", required = true)
                                            @QueryParam("year") String year) {
        int planYear = Params.integer("year", year, 1900, 2200)
                .orElseThrow(() -> Params.invalid("year", "bắt buộc — required"));
        Task task = tasks.task(id);
        return DeadlinePreviewResponse.of(previews.preview(task.deadlinePhrase(), List.of(planYear), null));
    }

    static DeadlineKind kindOf(Task task) {
        return TaskQueries.kindOf(task);
    }
}
