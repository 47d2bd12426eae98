package vn.laichau.par.api.parindex;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.http.BodyLimit;
import vn.laichau.par.api.imports.UploadLimit;
import vn.laichau.par.api.official.ActingAdmin;
import vn.laichau.par.api.parindex.ParIndexResponses.IndicatorMapping;
import vn.laichau.par.api.parindex.ParIndexResponses.TaskMapping;
import vn.laichau.par.api.parindex.ParIndexResponses.VersionResponse;
import vn.laichau.par.api.parindex.ParIndexResponses.VersionSummary;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.domain.importing.ImportException;

/**
 * The PAR INDEX criteria as versioned data (QĐ 876/QĐ-BNV and its revisions, side by side): an administrator
 * imports a version's criteria file and maps tasks and indicators to its components; everyone signed in reads.
 */
@Path("par-index")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "par-index", description = "Bộ tiêu chí Chỉ số CCHC — the PAR INDEX criteria")
public class ParIndexFrameworkResource {

    private static final int UNPROCESSABLE = 422;

    @Inject
    ParIndexFramework framework;

    @Inject
    UploadLimit uploads;

    @Inject
    ActingAdmin admin;

    @Context
    UriInfo uri;

    @GET
    @Path("versions")
    @Operation(summary = "Các phiên bản bộ tiêu chí — the PAR INDEX versions, latest first")
    @APIResponse(responseCode = "200", description = "The versions (one page)")
    public Page<VersionSummary> versions() {
        return new Page<>(framework.versions().stream().map(VersionSummary::of).toList(), null);
    }

    @GET
    @Path("versions/{id}")
    @Operation(summary = "Một phiên bản với các tiêu chí thành phần — one version with its components and mappings")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such version")
    public VersionResponse version(@PathParam("id") long id) {
        return VersionResponse.of(framework.view(id), List.of());
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @BodyLimit(BodyLimit.Kind.APPENDIX)
    @Operation(summary = "Nhập một phiên bản bộ tiêu chí từ tệp (XLSX, CSV hoặc văn bản tách bằng tab; xem tệp mẫu) — "
            + "import a version's criteria file as the request body (XLSX, CSV or tab-separated; see the template)")
    @APIResponse(responseCode = "201", description = "The version, with a warning per row left out")
    @APIResponse(responseCode = "400", description = "Bad code, name or first year, or an empty file (problem+json)")
    @APIResponse(responseCode = "409", description = "A version with this code exists")
    @APIResponse(responseCode = "413", description = "File too large")
    @APIResponse(responseCode = "422", description = "No header row, no readable row, or not a table (problem+json)")
    public Response importVersion(InputStream body,
                                  @Parameter(description = "Số hiệu văn bản — the decision's number", example = "876/QĐ-BNV")
                                  @QueryParam("code") String code,
                                  @Parameter(description = "Tên phiên bản — the version's name") @QueryParam("name")
                                  String name,
                                  @Parameter(description = "Năm đánh giá đầu tiên áp dụng — the first PAR year it scores",
                                          example = "2022") @QueryParam("firstYear") String firstYear,
                                  @Parameter(description = "Tên tệp, cho biết định dạng (.tsv, .csv, .xlsx) — the file name")
                                  @QueryParam("fileName") String fileName) throws IOException {
        Integer year = null;
        if (firstYear != null && firstYear.strip().matches("\\d{4}")) {
            year = Integer.parseInt(firstYear.strip());
        }
        byte[] content = uploads.read(body);
        try {
            ParIndexFramework.Imported imported = framework.importVersion(admin.actor(), code, name, year, content,
                    fileName);
            return Response.created(uri.getBaseUriBuilder().path("par-index").path("versions")
                            .path(String.valueOf(imported.view().version().id())).build())
                    .entity(VersionResponse.of(imported.view(), imported.warnings())).build();
        } catch (ImportException e) {
            throw new ProblemException(UNPROCESSABLE, "Unprocessable Content", "unreadable-par-index-file",
                    e.messageVi(), e.messageEn(), List.of());
        }
    }

    @PUT
    @Path("components/{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Gắn nhiệm vụ với tiêu chí thành phần (thay danh sách) — map tasks to a component "
            + "(replaces the list)")
    @APIResponse(responseCode = "200", description = "The component's version with every mapping")
    @APIResponse(responseCode = "400", description = "Missing list or an unknown task id (problem+json)")
    @APIResponse(responseCode = "404", description = "No such component")
    public VersionResponse mapTasks(@PathParam("id") long id, TaskMapping mapping) {
        return VersionResponse.of(framework.mapTasks(admin.actor(), id, mapping == null ? null : mapping.taskIds()),
                List.of());
    }

    @PUT
    @Path("components/{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Gắn chỉ tiêu với tiêu chí thành phần (thay danh sách) — map indicators to a component "
            + "(replaces the list)")
    @APIResponse(responseCode = "200", description = "The component's version with every mapping")
    @APIResponse(responseCode = "400", description = "Missing list or an unknown indicator id (problem+json)")
    @APIResponse(responseCode = "404", description = "No such component")
    public VersionResponse mapIndicators(@PathParam("id") long id, IndicatorMapping mapping) {
        return VersionResponse.of(framework.mapIndicators(admin.actor(), id,
                mapping == null ? null : mapping.indicatorIds()), List.of());
    }

}
