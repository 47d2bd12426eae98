package vn.laichau.par.domain.deadline;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * "Năm 2018 và các năm tiếp theo": nothing before the first year, then due on the given day (31/12 when the
 * phrase names no day) of every plan year.
 */
public record FromYearOn(int firstYear, MonthDay day) implements DeadlineRule {

    public static final MonthDay END_OF_YEAR = MonthDay.of(12, 31);

    public FromYearOn {
        Objects.requireNonNull(day, "day");
    }

    public FromYearOn(int firstYear) {
        this(firstYear, END_OF_YEAR);
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.FROM_YEAR_ON;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return planYear < firstYear ? List.of() : List.of(DueDate.ofYear(planYear, day.atYear(planYear)));
    }

    @Override
    public String describe() {
        return "Từ năm " + firstYear + " trở đi, trước ngày " + VietnameseDates.format(day) + " hằng năm";
    }
}
