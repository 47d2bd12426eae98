package vn.laichau.par.persistence.plan;

import vn.laichau.par.domain.model.plan.Plan;

/**
 * The outcome of creating a next cycle: the plan that carries it, and how many occurrences were created now
 * (zero when the cycle existed already).
 */
public record NextCycle(Plan plan, int occurrencesCreated) {
}
