package vn.laichau.par.api.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.notifier.outbox.OutboxMessage;
import vn.laichau.par.domain.model.notification.OutboxStatus;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.planning.Alert;
import vn.laichau.par.notifier.schedule.AlertJobs;
import vn.laichau.par.notifier.outbox.OutboxRepository;

/**
 * The alerts seen by the administration: a day's preview, the outbox and its failures, a retry of a dead one,
 * and the notifier's schedules.
 */
@Path("admin/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "alerts", description = "Cảnh báo hạn — deadline alerts (admin)")
public class AlertAdminResource {

    @Inject
    AlertMessageRenderer renderer;

    @Inject
    AlertPlanningService planning;

    @Inject
    OutboxRepository outbox;

    @Inject
    Instance<Clock> clocks;

    @Inject
    AlertJobs jobs;

    @Inject
    @ConfigProperty(name = "par.alerts.scheduled", defaultValue = "true")
    boolean scheduled;

    private Instant now() {
        return (clocks.isResolvable() ? clocks.get() : Clock.systemUTC()).instant();
    }

    @GET
    @Path("preview")
    @Operation(summary = "Xem trước cảnh báo của một ngày (mặc định ngày mai) — the messages a day would bring")
    @APIResponse(responseCode = "200", description = "A page of the day's messages, in planning order")
    public Page<AlertPreviewResponse> preview(@QueryParam("day") String day,
                                              @QueryParam("limit") @DefaultValue("50") int limit,
                                              @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        int from = Math.toIntExact(Math.min(Integer.MAX_VALUE, Cursor.decodeId(cursor)));
        LocalDate planned = Params.date("day", day).orElseGet(() -> planning.today().plusDays(1));
        List<Alert> alerts = planning.preview(planned);
        List<Alert> shown = alerts.subList(Math.min(from, alerts.size()), Math.min(alerts.size(), from + size));
        String next = from + size < alerts.size() ? Cursor.encodeId(from + size) : null;
        return new Page<>(shown.stream().map(alert -> AlertPreviewResponse.of(alert, renderer.render(alert))).toList(),
                next);
    }

    @GET
    @Path("outbox")
    @Operation(summary = "Hộp thư đi — the outbox, optionally by status and planning day, in pages")
    @APIResponse(responseCode = "200", description = "A page of outbox messages")
    @APIResponse(responseCode = "400", description = "Unknown status, bad day, limit or cursor")
    public Page<OutboxMessageResponse> list(@QueryParam("status") String status, @QueryParam("day") String day,
                                            @QueryParam("limit") @DefaultValue("50") int limit,
                                            @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        long after = Cursor.decodeId(cursor);
        Optional<OutboxStatus> wanted = Params.enumeration("status", status, OutboxStatus.class);
        List<OutboxMessage> rows = outbox.list(wanted, Params.date("day", day), after, size + 1);
        return Paging.page(rows, size, OutboxMessage::id, OutboxMessageResponse::of);
    }

    @GET
    @Path("outbox/summary")
    @Operation(summary = "Số tin theo trạng thái — how many messages are in each status")
    @APIResponse(responseCode = "200", description = "Counts by status")
    public OutboxSummaryResponse summary() {
        Map<String, Long> counts = new LinkedHashMap<>();
        outbox.countByStatus().forEach((status, count) -> counts.put(status.name(), count));
        return new OutboxSummaryResponse(counts);
    }

    @GET
    @Path("failures")
    @Operation(summary = "Tin gửi lỗi — dead messages and those waiting to retry after an error, in pages")
    @APIResponse(responseCode = "200", description = "A page of failed messages with their last error")
    public Page<OutboxMessageResponse> failures(@QueryParam("limit") @DefaultValue("50") int limit,
                                                @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        List<OutboxMessage> rows = outbox.failures(Cursor.decodeId(cursor), size + 1);
        return Paging.page(rows, size, OutboxMessage::id, OutboxMessageResponse::of);
    }

    @GET
    @Path("outbox/{id}")
    @Operation(summary = "Một tin trong hộp thư đi — one message with its channels and occurrences")
    @APIResponse(responseCode = "200", description = "The message")
    @APIResponse(responseCode = "404", description = "No such message")
    public OutboxMessageResponse get(@PathParam("id") long id) {
        OutboxMessage message = outbox.find(id).orElseThrow(() -> ProblemException.notFound("alert", id));
        return OutboxMessageResponse.of(message, outbox.channelsOf(message.alertKey()),
                outbox.occurrencesOf(message.alertKey()));
    }

    @GET
    @Path("schedules")
    @Operation(summary = "Lịch chạy của bộ cảnh báo — the planning and dispatch schedules registered on this "
            + "server, with their next firing")
    @APIResponse(responseCode = "200", description = "The schedules, and whether they do their work here")
    public AlertSchedulesResponse schedules() {
        return AlertSchedulesResponse.of(scheduled, jobs.schedules());
    }

    @POST
    @Path("outbox/{id}/retry")
    @Transactional
    @Operation(summary = "Gửi lại một tin đã hỏng — give a dead message a new round of attempts now")
    @APIResponse(responseCode = "200", description = "The message, pending again")
    @APIResponse(responseCode = "404", description = "No such message")
    @APIResponse(responseCode = "409", description = "The message is not dead")
    public Response retry(@PathParam("id") long id) {
        OutboxMessage message = outbox.find(id).orElseThrow(() -> ProblemException.notFound("alert", id));
        if (!message.retry(now())) {
            throw new ProblemException(Response.Status.CONFLICT, "alert-not-dead",
                    "Chỉ gửi lại được tin đã hỏng (trạng thái hiện tại: " + message.status() + ")",
                    "Only a dead message can be retried (it is " + message.status() + ")");
        }
        return Response.ok(OutboxMessageResponse.of(message)).build();
    }
}
