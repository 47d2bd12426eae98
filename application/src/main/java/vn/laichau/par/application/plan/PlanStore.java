package vn.laichau.par.application.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.domain.model.plan.TaskDefinition;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * New plans and new rows of a stored plan, each checked as a whole before anything is written ({@link PlanChecks})
 * and stored with the occurrences of the plan's whole period. Runs in the caller's transaction.
 */
final class PlanStore {

    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final OccurrenceCreation occurrences;

    PlanStore(PlanRepository plans, AgencyRepository agencies, OccurrenceCreation occurrences) {
        this.plans = plans;
        this.agencies = agencies;
        this.occurrences = occurrences;
    }

    /**
     * Stores a new plan with its areas, tasks and indicators and creates the occurrences of every year of its
     * period. Checked first as a whole: the number must be new, every party must name a stored agency or group,
     * and no date set by hand may fall before the issue date; on the first failure nothing is written.
     */
    CreatedCycle add(Plan plan) {
        if (plans.findByNumber(plan.number()).isPresent()) {
            throw new InvalidPlanDataException("plan " + plan.number(), "Kế hoạch " + plan.number() + " đã có",
                    "Plan " + plan.number() + " exists already");
        }
        PlanChecks checks = new PlanChecks(agencies);
        Set<String> codes = new HashSet<>();
        for (Task task : plan.tasks()) {
            checks.checkTask(plan, codes, task.position(), definitionOf(task), task.manualDeadline());
        }
        Plan stored = plans.add(plan);
        return new CreatedCycle(stored, occurrences.createMissing(stored, stored.planYears()));
    }

    /**
     * Appends rows to a stored plan and creates their occurrences for every year of the plan's period. All rows
     * are checked before any is written: an unknown area, a task code already in the plan or repeated in the
     * rows, a party naming no stored agency or group, a date set by hand before the plan's issue date. The
     * failure names the row (its position in {@code rows}, from 1, and its code); nothing is written.
     */
    List<Task> addTasks(long planId, List<TaskRow> rows) {
        Plan plan = require(planId);
        PlanChecks checks = new PlanChecks(agencies);
        Set<String> codes = new HashSet<>();
        plan.tasks().forEach(t -> codes.add(t.code()));
        for (int i = 0; i < rows.size(); i++) {
            TaskRow row = rows.get(i);
            if (plan.area(row.areaNumeral()).isEmpty()) {
                throw new InvalidPlanDataException(PlanChecks.row(i + 1, row.definition().code()),
                        "Kế hoạch không có lĩnh vực " + row.areaNumeral(), "The plan has no area " + row.areaNumeral());
            }
            checks.checkTask(plan, codes, i + 1, row.definition(), row.manualDeadline());
        }
        List<Task> added = new ArrayList<>();
        for (TaskRow row : rows) {
            Area area = plan.area(row.areaNumeral()).orElseThrow();
            Task task = plan.addTask(area, row.definition());
            row.manualDeadline().ifPresent(task::scheduleByHand);
            added.add(task);
        }
        occurrences.createMissing(plan, plan.planYears());
        return added;
    }

    OccurrenceCreation occurrences() {
        return occurrences;
    }

    Plan require(long planId) {
        return plans.findById(planId).orElseThrow(() -> new InvalidPlanDataException("plan " + planId,
                "Không có kế hoạch mã số " + planId, "No plan with id " + planId));
    }

    static TaskDefinition definitionOf(Task task) {
        return task.definition();
    }
}
