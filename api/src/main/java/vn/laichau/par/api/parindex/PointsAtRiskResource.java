package vn.laichau.par.api.parindex;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.parindex.ParIndexResponses.RiskResponse;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.domain.Refusal;

/**
 * A plan year's PAR INDEX points at risk: which components' points the obligations not yet done with evidence
 * put at risk, the projected self-assessment, and who holds the risk. An official sees their own agency's share.
 */
@Path("dashboards/plans/{planId}/years/{year}/points-at-risk")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class PointsAtRiskResource {

    @Inject
    ParIndexFramework framework;

    @Inject
    CurrentOfficial caller;

    @GET
    @Operation(summary = "Điểm Chỉ số CCHC có nguy cơ mất của một năm kế hoạch — a plan year's PAR INDEX points at "
            + "risk")
    @APIResponse(responseCode = "200", description = "Points at risk per component and per agency")
    @APIResponse(responseCode = "400", description = "A year outside the plan or a bad version id")
    @APIResponse(responseCode = "404", description = "No such plan or version, or no version for that year")
    public RiskResponse pointsAtRisk(@PathParam("planId") long planId, @PathParam("year") int year,
                                     @Parameter(description = "Phiên bản bộ tiêu chí; mặc định bản mới nhất áp dụng cho "
                                             + "năm đó — the version; by default the latest in force that year")
                                     @QueryParam("version") String version) {
        Optional<Long> versionId = Optional.empty();
        if (version != null && !version.isBlank()) {
            if (!version.strip().matches("\\d{1,18}")) {
                throw Refusal.invalidField("version", "Mã phiên bản phải là số", "the version id must be a number");
            }
            versionId = Optional.of(Long.parseLong(version.strip()));
        }
        return RiskResponse.of(framework.pointsAtRiskFor(caller.id(), planId, year, versionId));
    }
}
