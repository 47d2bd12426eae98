package vn.laichau.par.persistence.loading;

import java.util.Collection;
import vn.laichau.par.domain.model.plan.Plan;

/** Creates the occurrences a stored plan calls for in some plan years, leaving the existing ones; how many. */
@FunctionalInterface
public interface PlanOccurrences {

    int createMissing(Plan plan, Collection<Integer> years);
}
