package vn.laichau.par.api.occurrence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.extension.ExtensionResponse;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.http.BodyLimit;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.ProgressReport;
import vn.laichau.par.application.occurrence.EvidenceDownload;
import vn.laichau.par.application.occurrence.EvidenceFile;
import vn.laichau.par.application.occurrence.EvidenceSubmission;
import vn.laichau.par.application.occurrence.ExtensionRequests;
import vn.laichau.par.application.occurrence.OccurrenceFinishing;
import vn.laichau.par.application.occurrence.OccurrenceQueries;
import vn.laichau.par.application.occurrence.OccurrenceWithTask;
import vn.laichau.par.application.occurrence.ProgressReporting;
import vn.laichau.par.persistence.occurrence.OccurrenceCriteria;
import vn.laichau.par.persistence.occurrence.StatusFilter;

/**
 * Occurrences (kỳ) and the work on them: progress reports, finishing, evidence and extension requests. Reads
 * are open to every role and go through {@link OccurrenceQueries}; each write is one use case (which lets an
 * official act only for their own agency). Every write needs {@code If-Match} with the occurrence's ETag.
 */
@Path("occurrences")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "occurrence", description = "Kỳ thực hiện nhiệm vụ và công việc trên kỳ — occurrences and the work on them")
public class OccurrenceResource {

    @Inject
    OccurrenceQueries queries;

    @Inject
    EvidenceDownload download;

    @Inject
    ProgressReporting progress;

    @Inject
    OccurrenceFinishing finishing;

    @Inject
    EvidenceSubmission evidence;

    @Inject
    ExtensionRequests extensionRequests;

    @Inject
    CurrentOfficial caller;

    @GET
    @Operation(summary = "Danh sách kỳ — occurrences, filtered, in pages by id")
    @APIResponse(responseCode = "200", description = "A page of occurrences")
    @APIResponse(responseCode = "400", description = "An invalid parameter, named in violations")
    public Page<OccurrenceResponse> list(
            @Parameter(description = "Plan year", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "NOT_YET_DUE, DUE_SOON, OVERDUE, FINISHED_EARLY, FINISHED_ON_TIME, "
                    + "FINISHED_LATE, OPEN or FINISHED") @QueryParam("status") String status,
            @Parameter(description = "Agency id") @QueryParam("agency") String agency,
            @Parameter(description = "Task id") @QueryParam("task") String task,
            @Parameter(description = "Due on or after (YYYY-MM-DD)") @QueryParam("dueFrom") String dueFrom,
            @Parameter(description = "Due on or before (YYYY-MM-DD)") @QueryParam("dueTo") String dueTo,
            @Parameter(description = "Only the caller's agency") @QueryParam("mine") @DefaultValue("false")
            boolean mine,
            @Parameter(description = "Only occurrences changed at or after this instant (ISO-8601)")
            @QueryParam("updatedSince") String updatedSince,
            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        long after = Cursor.decodeId(cursor);
        Optional<Integer> planYear = Params.integer("year", year, 1900, 2200);
        Optional<StatusFilter> statusFilter = Params.enumeration("status", status, StatusFilter.class);
        Optional<Long> agencyId = mine ? Optional.of(caller.agencyId()) : Params.id("agency", agency);
        Optional<Long> taskId = Params.id("task", task);
        Optional<LocalDate> from = Params.date("dueFrom", dueFrom);
        Optional<LocalDate> to = Params.date("dueTo", dueTo);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw Params.invalid("dueTo", "phải không trước dueFrom — must not be before dueFrom");
        }
        Optional<Instant> since = Params.instant("updatedSince", updatedSince);
        List<OccurrenceWithTask> rows = queries.list(
                new OccurrenceCriteria(planYear, statusFilter, agencyId, taskId, from, to, since), after, size + 1);
        LocalDate today = queries.today();
        return Paging.page(rows, size, r -> r.occurrence().id(),
                r -> OccurrenceResponse.of(r, today));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một kỳ — one occurrence")
    @APIResponse(responseCode = "200", description = "The occurrence; its ETag is what If-Match needs")
    @APIResponse(responseCode = "404", description = "No such occurrence")
    public Response get(@PathParam("id") long id) {
        return current(id, Response.Status.OK);
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "Các báo cáo tiến độ của kỳ — the occurrence's progress reports, oldest first")
    @APIResponse(responseCode = "200", description = "The reports (one page)")
    @APIResponse(responseCode = "404", description = "No such occurrence")
    public Page<ProgressReportResponse> progress(@PathParam("id") long id) {
        return new Page<>(queries.progressOf(id).stream().map(ProgressReportResponse::of).toList(), null);
    }

    @POST
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Báo cáo tiến độ — report progress (percent, note)")
    @APIResponse(responseCode = "201", description = "The report; the occurrence's new ETag in the header")
    @APIResponse(responseCode = "400", description = "Invalid fields, malformed JSON or unknown fields")
    @APIResponse(responseCode = "403", description = "Another agency's occurrence, or a role that does not write")
    @APIResponse(responseCode = "409", description = "The occurrence is finished")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response reportProgress(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid ProgressRequest request) {
        long version = Preconditions.expectedVersion(ifMatch);
        ProgressReport report = progress.report(caller.id(), Channel.API, id, version, request.percent(),
                request.note());
        return Response.status(Response.Status.CREATED).entity(ProgressReportResponse.of(report))
                .tag(Preconditions.tagOf(queries.withTask(id).occurrence().version())).build();
    }

    @POST
    @Path("{id}/finish")
    @Operation(summary = "Đánh dấu hoàn thành — mark finished today; refused while evidence the task asks "
            + "for is missing")
    @APIResponse(responseCode = "200", description = "The finished occurrence")
    @APIResponse(responseCode = "403", description = "Another agency's occurrence, or a role that does not write")
    @APIResponse(responseCode = "409", description = "Evidence missing (/problems/evidence-missing) or finished")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response finish(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = Preconditions.expectedVersion(ifMatch);
        finishing.finish(caller.id(), Channel.API, id, version);
        return current(id, Response.Status.OK);
    }

    @GET
    @Path("{id}/evidence")
    @Operation(summary = "Minh chứng đã nộp — the evidence received, oldest first")
    @APIResponse(responseCode = "200", description = "The evidence metadata (one page)")
    @APIResponse(responseCode = "404", description = "No such occurrence")
    public Page<EvidenceResponse> evidence(@PathParam("id") long id) {
        return new Page<>(queries.evidenceOf(id).stream().map(EvidenceResponse::of).toList(), null);
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Nộp minh chứng — upload an evidence file (multipart part \"file\"; PDF, Word, Excel, "
            + "ZIP, JPEG, PNG or text; at most 20 MB)")
    @APIResponse(responseCode = "201", description = "The stored evidence with its SHA-256")
    @APIResponse(responseCode = "400", description = "No file part, or a file name with directories")
    @APIResponse(responseCode = "403", description = "Another agency's occurrence, or a role that does not write")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "413", description = "The file is too large")
    @APIResponse(responseCode = "415", description = "The file's type is not accepted")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @BodyLimit(BodyLimit.Kind.EVIDENCE)
    public Response uploadEvidence(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @FormParam("file") EntityPart file) {
        long version = Preconditions.expectedVersion(ifMatch);
        if (file == null || file.getFileName().isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "file-missing",
                    "Cần một phần \"file\" có tên tệp", "A \"file\" part with a file name is required",
                    List.of(new vn.laichau.par.api.problem.Problem.Violation("file", "bắt buộc — required")));
        }
        String type = file.getMediaType() == null ? null : file.getMediaType().toString();
        try (InputStream content = file.getContent()) {
            Evidence stored = evidence.submit(caller.id(), Channel.API, id, version,
                    utf8FileName(file.getFileName().get()), type, content);
            return Response.created(URI.create("occurrences/" + id + "/evidence/" + stored.id()))
                    .entity(EvidenceResponse.of(stored))
                    .tag(Preconditions.tagOf(queries.withTask(id).occurrence().version())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("{id}/evidence/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Tải tệp minh chứng — download an evidence file")
    @APIResponse(responseCode = "200", description = "The file as uploaded, with its SHA-256 as ETag")
    @APIResponse(responseCode = "403", description = "Neither the responsible agency, a leader, the monitoring agency nor an admin")
    @APIResponse(responseCode = "404", description = "No such evidence")
    public Response download(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        EvidenceFile stored = download.file(caller.id(), id, evidenceId);
        Evidence evidence = stored.evidence();
        java.nio.file.Path file = stored.file();
        if (!Files.isRegularFile(file)) {
            throw ProblemException.notFound("evidence", evidenceId);
        }
        String encoded = URLEncoder.encode(evidence.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.toFile(), evidence.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .tag(evidence.sha256())
                .build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Lịch sử thay đổi của kỳ — the occurrence's audit trail, oldest first")
    @APIResponse(responseCode = "200", description = "The changes (one page)")
    @APIResponse(responseCode = "404", description = "No such occurrence")
    public Page<HistoryEntryResponse> history(@PathParam("id") long id) {
        return new Page<>(queries.historyOf(id).stream().map(HistoryEntryResponse::of).toList(), null);
    }

    @GET
    @Path("{id}/extensions")
    @Operation(summary = "Các yêu cầu gia hạn của kỳ — the occurrence's extension requests, oldest first")
    @APIResponse(responseCode = "200", description = "The requests (one page)")
    @APIResponse(responseCode = "404", description = "No such occurrence")
    public Page<ExtensionResponse> extensions(@PathParam("id") long id) {
        return new Page<>(queries.extensionsOf(id).stream().map(ExtensionResponse::of).toList(), null);
    }

    @POST
    @Path("{id}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Xin gia hạn — ask for a later due date, with a reason; an admin decides")
    @APIResponse(responseCode = "201", description = "The pending request")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a date not after the current due date")
    @APIResponse(responseCode = "403", description = "Another agency's occurrence, or a role that does not write")
    @APIResponse(responseCode = "409", description = "The occurrence is finished, or an earlier request for it still "
            + "waits for a decision (/problems/extension-pending)")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response requestExtension(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @Valid ExtensionRequest request) {
        long version = Preconditions.expectedVersion(ifMatch);
        if (request.newDueDate().getYear() > 2200) {
            throw Params.invalid("newDueDate", "phải trước năm 2200 — must be before 2200");
        }
        DeadlineExtension extension = extensionRequests.request(caller.id(), Channel.API, id, version,
                request.newDueDate(), request.reason());
        return Response.created(URI.create("extensions/" + extension.id()))
                .entity(ExtensionResponse.of(extension)).build();
    }

    /**
     * Browsers and HTTP clients send a non-ASCII file name as raw UTF-8 bytes, which the multipart reader
     * decodes as ISO-8859-1; this reads them back as UTF-8 when they are valid UTF-8.
     */
    static String utf8FileName(String name) {
        if (name.chars().anyMatch(ch -> ch > 0xFF) || name.chars().allMatch(ch -> ch < 0x80)) {
            return name;
        }
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return name;
        }
    }

    private Response current(long id, Response.Status status) {
        OccurrenceWithTask current = queries.withTask(id);
        return Response.status(status)
                .entity(OccurrenceResponse.of(current, queries.today()))
                .tag(Preconditions.tagOf(current.occurrence().version())).build();
    }
}
