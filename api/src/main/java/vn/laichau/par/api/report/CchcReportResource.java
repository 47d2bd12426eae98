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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.report.PeriodicReports;
import vn.laichau.par.application.report.ReportFile;
import vn.laichau.par.application.report.ReportPeriod;

/** The draft of the periodic CCHC report (DOCX) of a plan, a year and a report period, for one agency or the whole province. */
@Path("reports/plans/{planId}/years/{year}/cchc-report")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "report", description = "Báo cáo — reports")
public class CchcReportResource {

    static final String DOCX = ReportFile.DOCX;

    @Inject
    PeriodicReports reports;

    @Inject
    CurrentOfficial caller;

    @GET
    @Produces(DOCX)
    @Operation(summary = "Dự thảo báo cáo kết quả CCHC quý I, 6 tháng, 9 tháng, năm (DOCX, Nghị định "
            + "30/2020/NĐ-CP) — the draft of the periodic CCHC report as DOCX in the layout of Decree 30/2020: one "
            + "section per area, indicators, PAR INDEX, the sections the agency wrote")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "400", description = "A period, year or agencyId that is not valid (problem+json)")
    @APIResponse(responseCode = "403", description = "An official asking for another agency's or the province's")
    @APIResponse(responseCode = "404", description = "No such plan or agency")
    public Response document(@PathParam("planId") String planId, @PathParam("year") String year,
                             @Parameter(description = "QUARTER_1, HALF_YEAR, NINE_MONTHS or YEAR")
                             @QueryParam("period") String period,
                             @Parameter(description = "the agency; absent for the whole province")
                             @QueryParam("agencyId") String agencyId) {
        return ReportDownloads.of(reports.draft(caller.id(), Params.id("planId", planId).orElseThrow(
                        () -> Params.invalid("planId", "bắt buộc — required")),
                Params.integer("year", year, 1900, 2200).orElseThrow(), ReportPeriod.parse(period),
                Params.id("agencyId", agencyId)));
    }
}
