package vn.laichau.par.domain.deadline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated rule whose plan adds "nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo": a due date that
 * falls on a day off moves to the next working day (Civil Code art. 148). Without those words a dated rule
 * keeps the day the plan writes.
 *
 * @param rule the rule that gives the dates before they move
 */
public record NextWorkingDay(DeadlineRule rule) implements DeadlineRule {

    public NextWorkingDay {
        Objects.requireNonNull(rule, "rule");
        if (rule.needsManualDate() || rule instanceof NextWorkingDay) {
            throw new IllegalArgumentException("Only a dated rule moves to working days: " + rule);
        }
    }

    @Override
    public DeadlineKind kind() {
        return rule.kind();
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return rule.dueDates(planYear, context).stream()
                .map(due -> new DueDate(due.period(), context.calendar().nextWorkingDayOnOrAfter(due.date())))
                .toList();
    }

    @Override
    public Optional<String> missingInformation(DeadlineContext context) {
        return rule.missingInformation(context);
    }

    @Override
    public String describe() {
        return rule.describe() + " (trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo)";
    }

    @Override
    public String meaningOf(DueDate due) {
        return rule.meaningOf(due) + ", trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo";
    }
}
