package vn.laichau.par.domain.deadline;

import java.time.YearMonth;
import java.util.List;

/**
 * "Tháng 10 hằng năm", "Trong tháng 6 năm kế hoạch": due on the last day of that month of every plan year.
 *
 * @param month the month, 1 to 12
 */
public record MonthOfYear(int month) implements DeadlineRule {

    public MonthOfYear {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Months are 1 to 12: " + month);
        }
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.MONTHLY;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return List.of(DueDate.ofYear(planYear, YearMonth.of(planYear, month).atEndOfMonth()));
    }

    @Override
    public String describe() {
        return "Trong tháng " + month + " hằng năm";
    }

    @Override
    public String meaningOf(DueDate due) {
        return "hết tháng " + month + " năm kế hoạch";
    }
}
