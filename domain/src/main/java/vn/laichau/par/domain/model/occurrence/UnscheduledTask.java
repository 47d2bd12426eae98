package vn.laichau.par.domain.model.occurrence;

import vn.laichau.par.domain.model.plan.Task;

/**
 * A task that yields no occurrence in a plan year for a reason a person should see: its deadline needs a
 * date entered by hand, its due date falls before the plan was issued, or nobody is responsible that year.
 *
 * @param reasonVi the reason, in Vietnamese
 * @param reasonEn the reason, in English
 */
public record UnscheduledTask(Task task, int planYear, String reasonVi, String reasonEn) {
}
