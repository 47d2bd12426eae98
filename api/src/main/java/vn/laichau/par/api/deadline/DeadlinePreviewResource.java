package vn.laichau.par.api.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.List;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.plan.DeadlinePreview;
import vn.laichau.par.domain.Refusal;

/** Lets an administrator see what a deadline phrase means before relying on it. */
@Path("deadlines")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "deadline", description = "Thời hạn — deadlines")
public class DeadlinePreviewResource {

    @Inject
    DeadlinePreview previews;

    @POST
    @Path("preview")
    @Operation(summary = "Xem trước thời hạn của một cụm từ — the due dates a deadline phrase yields")
    @APIResponse(responseCode = "200", description = "Các kỳ hạn, hoặc lý do cần cán bộ nhập ngày — "
            + "the dated occurrences, or why a person must enter the date")
    @APIResponse(responseCode = "400", description = "Yêu cầu không hợp lệ — invalid request (problem+json)")
    public DeadlinePreviewResponse preview(DeadlinePreviewRequest request) {
        if (request == null) {
            throw Refusal.invalid("missing-body", "Thiếu nội dung yêu cầu", "The request body is missing", List.of());
        }
        return DeadlinePreviewResponse.of(previews.preview(request.phrase(), request.years(), request.eventDate()));
    }
}
