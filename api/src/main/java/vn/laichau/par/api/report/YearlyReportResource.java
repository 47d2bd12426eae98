package vn.laichau.par.api.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.report.YearlyReport;

/** The yearly result report of a plan (all agencies, or one) as an Excel workbook. */
@Path("reports/plans/{planId}/years/{year}")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "report", description = "Báo cáo — reports")
public class YearlyReportResource {

    @Inject
    YearlyReport reports;

    @GET
    @Produces(YearlyReport.XLSX)
    @Operation(summary = "Báo cáo kết quả năm (XLSX): nhiệm vụ, kỳ hạn, trạng thái, minh chứng, gia hạn — the yearly "
            + "result report as XLSX: tasks, occurrences, status, evidence, extensions")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "400", description = "Year outside 1900–2200")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response export(@PathParam("planId") long planId, @PathParam("year") int year,
                           @QueryParam("agency") Long agencyId) {
        byte[] workbook = reports.workbook(planId, year, agencyId);
        String name = "bao-cao-ket-qua-" + year + (agencyId == null ? "" : "-don-vi-" + agencyId) + ".xlsx";
        return Response.ok(workbook, YearlyReport.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
