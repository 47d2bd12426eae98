package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Quý I", "Định kỳ hằng quý": due on the last day of each listed quarter of the plan year.
 *
 * @param quarters the quarters, 1 to 4, in ascending order without repeats
 */
public record Quarterly(List<Integer> quarters) implements DeadlineRule {

    public Quarterly {
        quarters = quarters.stream().distinct().sorted().toList();
        if (quarters.isEmpty() || quarters.get(0) < 1 || quarters.get(quarters.size() - 1) > 4) {
            throw new IllegalArgumentException("Quarters are 1 to 4: " + quarters);
        }
    }

    public static Quarterly everyQuarter() {
        return new Quarterly(List.of(1, 2, 3, 4));
    }

    public static Quarterly of(Integer... quarters) {
        return new Quarterly(List.of(quarters));
    }

    static LocalDate endOf(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.QUARTERLY;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return quarters.stream().map(q -> DueDate.ofQuarter(planYear, q, endOf(planYear, q))).toList();
    }

    @Override
    public String meaningOf(DueDate due) {
        return "hết quý " + VietnameseDates.romanQuarter(due.quarter()) + " năm kế hoạch";
    }

    @Override
    public String describe() {
        if (quarters.size() == 4) {
            return "Định kỳ hằng quý";
        }
        return quarters.stream().map(q -> "quý " + VietnameseDates.romanQuarter(q))
                .collect(Collectors.joining(", ", "Trong ", " hằng năm"));
    }
}
