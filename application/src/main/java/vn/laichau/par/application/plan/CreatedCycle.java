package vn.laichau.par.application.plan;

import vn.laichau.par.domain.model.plan.Plan;

/**
 * What a plan import or a next cycle created: the plan that carries it, and how many occurrences were created
 * now (zero when the cycle existed already).
 */
public record CreatedCycle(Plan plan, int occurrencesCreated) {
}
