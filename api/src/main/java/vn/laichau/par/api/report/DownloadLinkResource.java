package vn.laichau.par.api.report;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.application.download.DownloadLinks;
import vn.laichau.par.application.report.ReportFile;

/**
 * A signed download link the bot gave in a chat of a messenger that cannot take files (Zalo): the token alone is
 * the credential, for one file and a short time; the report's own rule is checked again when it is opened.
 */
@Path("downloads/{token}")
@RequestScoped
@PermitAll
@Tag(name = "report", description = "Báo cáo — reports")
public class DownloadLinkResource {

    @Inject
    DownloadLinks links;

    @GET
    @Produces({ReportFile.DOCX, "image/png"})
    @Operation(summary = "Tải tệp qua liên kết có chữ ký mà bot gửi (dự thảo báo cáo CCHC, biểu đồ Chỉ số CCHC), "
            + "hiệu lực 30 phút — download the file a bot's signed link names (a CCHC report draft, the PAR INDEX "
            + "chart), valid 30 minutes")
    @APIResponse(responseCode = "200", description = "The file, made now")
    @APIResponse(responseCode = "403", description = "A link that was altered or is not one, or whose official may no "
            + "longer read that report (problem+json)")
    @APIResponse(responseCode = "410", description = "A link past its time (problem+json)")
    public Response download(@Parameter(description = "the token of the link") @PathParam("token") String token) {
        return ReportDownloads.of(links.open(token));
    }
}
