package vn.laichau.par.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.http.BodyLimit;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.plan.AppendixImport;
import vn.laichau.par.application.plan.CreatedCycle;
import vn.laichau.par.application.plan.DraftView;
import vn.laichau.par.application.plan.PlanHeader;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.model.plan.Plan;

/**
 * Plan import for the monitoring agency: upload an appendix (as the request body or as a form's "file" part),
 * review and correct the draft, accept it as a plan or throw it away. Administrators write; leaders may look.
 */
@Path("plan-imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "plan-import", description = "Nhập kế hoạch từ phụ biểu — plan import from an appendix")
public class PlanImportResource {

    private static final int UNPROCESSABLE = 422;

    @Inject
    AppendixImport imports;

    @Inject
    UploadLimit uploads;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tải lên phụ biểu (văn bản tách bằng tab, CSV hoặc XLSX) — upload an appendix "
            + "(tab-separated text, CSV or XLSX) as the request body")
    @APIResponse(responseCode = "201", description = "Bản nháp với cảnh báo từng dòng — the draft with a warning per row")
    @APIResponse(responseCode = "400", description = "Tệp rỗng — empty file (problem+json)")
    @APIResponse(responseCode = "413", description = "Tệp quá lớn — file too large (problem+json)")
    @APIResponse(responseCode = "422", description = "Không phải phụ biểu: nhị phân, sai cột… — not an appendix: "
            + "binary, wrong columns… (problem+json)")
    @BodyLimit(BodyLimit.Kind.APPENDIX)
    public Response upload(InputStream body,
                           @Parameter(description = "Tên tệp, cho biết định dạng (.txt, .csv, .xlsx) — the file name")
                           @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) throws IOException {
        byte[] content = uploads.read(body);
        return stored(content, UploadLimit.fileName(fileName, contentType));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tải lên phụ biểu dạng biểu mẫu (phần \"file\"; tên tệp lấy từ phần) — upload an appendix "
            + "as multipart/form-data (part \"file\"; the file name comes from the part)")
    @APIResponse(responseCode = "201", description = "Bản nháp với cảnh báo từng dòng — the draft with a warning per row")
    @APIResponse(responseCode = "400", description = "Không có phần \"file\" hoặc tệp rỗng — no \"file\" part, or an "
            + "empty file (problem+json)")
    @APIResponse(responseCode = "413", description = "Tệp quá lớn — file too large (problem+json)")
    @APIResponse(responseCode = "422", description = "Không phải phụ biểu: nhị phân, sai cột… — not an appendix: "
            + "binary, wrong columns… (problem+json)")
    @BodyLimit(BodyLimit.Kind.APPENDIX)
    public Response uploadForm(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw Refusal.invalid("file-missing", "Cần một phần \"file\" chứa phụ biểu",
                    "A \"file\" part holding the appendix is required",
                    List.of(new Refusal.Violation("file", "bắt buộc", "required")));
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = uploads.read(in);
        }
        String partType = file.getMediaType() == null ? null : file.getMediaType().toString();
        return stored(content, UploadLimit.fileName(file.getFileName().map(UploadLimit::utf8).orElse(null), partType));
    }

    private Response stored(byte[] content, String name) {
        try {
            DraftView view = imports.upload(content, name);
            URI location = uri.getBaseUriBuilder().path("plan-imports").path(String.valueOf(view.draft().id())).build();
            return draft(Response.created(location), view);
        } catch (ImportException e) {
            throw new ProblemException(UNPROCESSABLE, "Unprocessable Content", "unreadable-appendix",
                    e.messageVi(), e.messageEn(), List.of());
        }
    }

    @GET
    @Operation(summary = "Các bản nháp đang chờ duyệt — the drafts waiting for review")
    @APIResponse(responseCode = "200", description = "The drafts, oldest first (one page)")
    public Page<DraftSummary> list() {
        return new Page<>(imports.list().stream().map(DraftMapping::summary).toList(), null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một bản nháp với các dòng và cảnh báo — one draft with its rows and warnings")
    @APIResponse(responseCode = "200", description = "The draft, its version as ETag")
    @APIResponse(responseCode = "404", description = "No such draft")
    public Response get(@PathParam("id") long id) {
        return draft(Response.ok(), imports.view(id));
    }

    @PATCH
    @Path("{id}/rows/{rowId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sửa một dòng: số thứ tự, đơn vị, thời hạn hoặc ngày nhập tay — correct one row: "
            + "numbering, agencies, deadline phrase or a date entered by hand")
    @APIResponse(responseCode = "200", description = "The draft as corrected, its new version as ETag")
    @APIResponse(responseCode = "400", description = "Invalid correction (problem+json with violations)")
    @APIResponse(responseCode = "412", description = "The draft changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response correct(@PathParam("id") long id, @PathParam("rowId") long rowId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RowCorrectionRequest request) {
        long expected = Preconditions.expectedVersion(ifMatch);
        return draft(Response.ok(), imports.correct(id, rowId, expected, required(request).toCorrection()));
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Chấp nhận bản nháp thành kế hoạch, tạo nhiệm vụ và kỳ hạn — accept the draft as a plan "
            + "with its tasks and occurrences, all or nothing")
    @APIResponse(responseCode = "201", description = "The plan created; the draft is gone")
    @APIResponse(responseCode = "409", description = "A plan with this number exists, or stored data refuse it")
    @APIResponse(responseCode = "412", description = "The draft changed since it was read")
    @APIResponse(responseCode = "422", description = "Rows still incomplete (no lead agency, unknown agency…)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AcceptDraftRequest request) {
        long expected = Preconditions.expectedVersion(ifMatch);
        AcceptDraftRequest header = required(request);
        try {
            CreatedCycle created = imports.accept(id, expected, PlanHeader.checked("invalid-plan-header",
                    header.number(), header.title(), header.issuer(), header.issuedOn(), header.firstYear(),
                    header.lastYear()));
            Plan plan = created.plan();
            URI location = uri.getBaseUriBuilder().path("plans").path(String.valueOf(plan.id())).build();
            return Response.created(location).entity(new AcceptedPlanResponse(plan.id(), plan.number(),
                    plan.firstYear(), plan.lastYear(), plan.tasks().size(), created.occurrencesCreated())).build();
        } catch (ImportException e) {
            throw new ProblemException(UNPROCESSABLE, "Unprocessable Content", "draft-not-acceptable",
                    e.messageVi(), e.messageEn(), List.of());
        }
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Bỏ bản nháp; không nhiệm vụ nào được tạo — reject the draft; no task is created")
    @APIResponse(responseCode = "204", description = "The draft is deleted")
    @APIResponse(responseCode = "404", description = "No such draft")
    public Response reject(@PathParam("id") long id) {
        imports.reject(id);
        return Response.noContent().build();
    }

    private static Response draft(Response.ResponseBuilder answer, DraftView view) {
        return answer.entity(DraftMapping.of(view)).tag(Preconditions.tagOf(view.version())).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw Refusal.invalid("missing-body", "Thiếu nội dung yêu cầu", "The request body is missing", List.of());
        }
        return body;
    }
}
