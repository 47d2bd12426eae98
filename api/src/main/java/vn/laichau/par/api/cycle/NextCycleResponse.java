package vn.laichau.par.api.cycle;

import vn.laichau.par.application.plan.CreatedCycle;

/**
 * The plan that carries a next cycle and how many occurrences this call created (0 when the cycle existed
 * already).
 */
public record NextCycleResponse(long planId, String number, int firstYear, int lastYear, int occurrencesCreated) {

    static NextCycleResponse of(CreatedCycle cycle) {
        return new NextCycleResponse(cycle.plan().id(), cycle.plan().number(), cycle.plan().firstYear(),
                cycle.plan().lastYear(), cycle.occurrencesCreated());
    }
}
