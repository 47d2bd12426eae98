package vn.laichau.par.domain.model.occurrence;

import java.util.Objects;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.plan.Task;

/**
 * An occurrence the plan calls for, before it is stored: which task, which agency, which period and due
 * date. {@link #open} turns it into an {@link Occurrence} once task and agency have identifiers.
 */
public record PlannedOccurrence(Task task, Agency agency, DueDate due) {

    public PlannedOccurrence {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(due, "due");
    }

    public Occurrence open(long taskId, long agencyId) {
        return new Occurrence(taskId, agencyId, due, task.requiresEvidence());
    }

    /** A stable natural key: task code, period and agency code. */
    public String key() {
        return task.code() + "|" + due.period() + "|" + agency.getCode();
    }
}
