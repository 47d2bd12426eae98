package vn.laichau.par.api.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.notifier.AlertAdministration;
import vn.laichau.par.domain.model.notification.OutboxStatus;

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
    AlertAdministration alerts;

    @GET
    @Path("preview")
    @Operation(summary = "Xem trước cảnh báo của một ngày (mặc định ngày mai) — the messages a day would bring")
    @APIResponse(responseCode = "200", description = "A page of the day's messages, in planning order")
    public Page<AlertPreviewResponse> preview(@QueryParam("day") String day,
                                              @QueryParam("limit") @DefaultValue("50") int limit,
                                              @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        int from = Math.toIntExact(Math.min(Integer.MAX_VALUE, Cursor.decodeId(cursor)));
        List<AlertAdministration.Preview> planned = alerts.preview(Params.date("day", day));
        List<AlertAdministration.Preview> shown = planned.subList(Math.min(from, planned.size()),
                Math.min(planned.size(), from + size));
        String next = from + size < planned.size() ? Cursor.encodeId(from + size) : null;
        return new Page<>(shown.stream().map(AlertPreviewResponse::of).toList(), next);
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
        List<AlertAdministration.Message> rows = alerts.outbox(wanted, Params.date("day", day), after, size + 1);
        return Paging.page(rows, size, AlertAdministration.Message::id, OutboxMessageResponse::of);
    }

    @GET
    @Path("outbox/summary")
    @Operation(summary = "Số tin theo trạng thái — how many messages are in each status")
    @APIResponse(responseCode = "200", description = "Counts by status")
    public OutboxSummaryResponse summary() {
        Map<String, Long> counts = new LinkedHashMap<>();
        alerts.countByStatus().forEach((status, count) -> counts.put(status.name(), count));
        return new OutboxSummaryResponse(counts);
    }

    @GET
    @Path("failures")
    @Operation(summary = "Tin gửi lỗi — dead messages and those waiting to retry after an error, in pages")
    @APIResponse(responseCode = "200", description = "A page of failed messages with their last error")
    public Page<OutboxMessageResponse> failures(@QueryParam("limit") @DefaultValue("50") int limit,
                                                @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        List<AlertAdministration.Message> rows = alerts.failures(Cursor.decodeId(cursor), size + 1);
        return Paging.page(rows, size, AlertAdministration.Message::id, OutboxMessageResponse::of);
    }

    @GET
    @Path("outbox/{id}")
    @Operation(summary = "Một tin trong hộp thư đi — one message with its channels and occurrences")
    @APIResponse(responseCode = "200", description = "The message")
    @APIResponse(responseCode = "404", description = "No such message")
    public OutboxMessageResponse get(@PathParam("id") long id) {
        return OutboxMessageResponse.of(alerts.message(id));
    }

    @GET
    @Path("outbox/{id}/deliveries")
    @Operation(summary = "Nhật ký gửi một tin — each try of one message on each channel, with its outcome and why")
    @APIResponse(responseCode = "200", description = "The tries, oldest first")
    @APIResponse(responseCode = "404", description = "No such message")
    public List<DeliveryAttemptResponse> deliveries(@PathParam("id") long id) {
        return alerts.deliveryLog(id).stream().map(a -> new DeliveryAttemptResponse(a.channel(), a.outcome(),
                a.reason(), a.at())).toList();
    }

    @GET
    @Path("schedules")
    @Operation(summary = "Lịch chạy của bộ cảnh báo — the planning and dispatch schedules registered on this "
            + "server, with their next firing")
    @APIResponse(responseCode = "200", description = "The schedules, and whether they do their work here")
    public AlertSchedulesResponse schedules() {
        return AlertSchedulesResponse.of(alerts.schedules());
    }

    @POST
    @Path("outbox/{id}/retry")
    @Operation(summary = "Gửi lại một tin đã hỏng — give a dead message a new round of attempts now")
    @APIResponse(responseCode = "200", description = "The message, pending again")
    @APIResponse(responseCode = "404", description = "No such message")
    @APIResponse(responseCode = "409", description = "The message is not dead")
    public Response retry(@PathParam("id") long id) {
        return Response.ok(OutboxMessageResponse.of(alerts.retry(id))).build();
    }
}
