package vn.laichau.par.api.plan;

import java.time.LocalDate;
import vn.laichau.par.domain.model.plan.Plan;

/** A plan (kế hoạch) as the API shows it. */
public record PlanResponse(long id, String number, String title, String issuer, LocalDate issuedOn, int firstYear,
                           int lastYear, long version) {

    static PlanResponse of(Plan plan) {
        return new PlanResponse(plan.id(), plan.number(), plan.title(), plan.issuer(), plan.issuedOn(),
                plan.firstYear(), plan.lastYear(), plan.version());
    }
}
