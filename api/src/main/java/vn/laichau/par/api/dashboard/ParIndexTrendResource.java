package vn.laichau.par.api.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.persistence.plan.ParIndexRepository;

/** The PAR INDEX trend of a province (Lai Châu by default); answered with an ETag like every dashboard. */
@Path("dashboards/par-index")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@Tag(name = "dashboard", description = "Bảng theo dõi — dashboards")
public class ParIndexTrendResource {

    @Inject
    ParIndexRepository results;

    @GET
    @Transactional
    @Operation(summary = "Xu hướng Chỉ số CCHC qua các năm — the PAR INDEX trend, year by year")
    @APIResponse(responseCode = "200", description = "The results, oldest year first, with an ETag")
    public ParIndexTrendResponse trend(@QueryParam("province") @DefaultValue("Lai Châu") String province) {
        List<ParIndexResult> history = new ArrayList<>(results.history(province.strip()));
        history.sort(Comparator.comparingInt(ParIndexResult::year));
        List<ParIndexTrendResponse.Year> years = new ArrayList<>();
        BigDecimal previous = null;
        for (ParIndexResult result : history) {
            years.add(new ParIndexTrendResponse.Year(result.year(), result.score(), result.rank(),
                    result.rankedOutOf(), previous == null ? null : result.score().subtract(previous),
                    result.source()));
            previous = result.score();
        }
        return new ParIndexTrendResponse(province.strip(), years);
    }
}
