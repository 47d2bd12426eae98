package vn.laichau.par.application.plan;

import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.model.plan.ManualDeadline;
import vn.laichau.par.domain.model.plan.TaskDefinition;

/** A task to add to a stored plan: the area it goes in, what it says, and a due date set by hand if any. */
public record TaskRow(String areaNumeral, TaskDefinition definition, Optional<ManualDeadline> manualDeadline) {

    public TaskRow {
        Objects.requireNonNull(areaNumeral, "areaNumeral");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(manualDeadline, "manualDeadline");
    }

    public static TaskRow of(String areaNumeral, TaskDefinition definition) {
        return new TaskRow(areaNumeral, definition, Optional.empty());
    }
}
