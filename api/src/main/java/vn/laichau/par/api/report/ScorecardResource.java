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
import vn.laichau.par.application.report.ReportPeriod;

/** The scorecard workbook of a plan, a year and a report period, for one agency or the whole province. */
@Path("reports/plans/{planId}/years/{year}/scorecard")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "report", description = "Báo cáo — reports")
public class ScorecardResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PeriodicReports reports;

    @Inject
    CurrentOfficial caller;

    @GET
    @Produces(XLSX)
    @Operation(summary = "Bảng điểm (XLSX): tổng hợp theo đơn vị và lĩnh vực, danh sách kỳ hạn, chỉ tiêu — the scorecard "
            + "workbook: per agency and per area with totals, the occurrence list, indicators against targets")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "400", description = "A period, year or agencyId that is not valid (problem+json)")
    @APIResponse(responseCode = "403", description = "An official asking for another agency's or the province's")
    @APIResponse(responseCode = "404", description = "No such plan or agency")
    public Response workbook(@PathParam("planId") String planId, @PathParam("year") String year,
                             @Parameter(description = "QUARTER_1, HALF_YEAR, NINE_MONTHS or YEAR")
                             @QueryParam("period") String period,
                             @Parameter(description = "the agency; absent for the whole province")
                             @QueryParam("agencyId") String agencyId) {
        return ReportDownloads.of(reports.scorecard(caller.id(), Params.id("planId", planId).orElseThrow(
                        () -> Params.invalid("planId", "bắt buộc — required")),
                Params.integer("year", year, 1900, 2200).orElseThrow(), ReportPeriod.parse(period),
                Params.id("agencyId", agencyId)));
    }
}
