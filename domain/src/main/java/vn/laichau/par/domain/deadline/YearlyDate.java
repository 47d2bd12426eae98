package vn.laichau.par.domain.deadline;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/** "Trước 20/12 hằng năm": the same day of every plan year (29/02 falls on 28/02 in a common year). */
public record YearlyDate(MonthDay day) implements DeadlineRule {

    public YearlyDate {
        Objects.requireNonNull(day, "day");
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.YEARLY_DATE;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return List.of(DueDate.ofYear(planYear, day.atYear(planYear)));
    }

    @Override
    public String describe() {
        return "Trước ngày " + VietnameseDates.format(day) + " hằng năm";
    }
}
