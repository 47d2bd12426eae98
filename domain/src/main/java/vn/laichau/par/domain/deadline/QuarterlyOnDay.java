package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * "Trước ngày 15 tháng cuối quý": four due dates a plan year, on that day of the last month of each quarter
 * (15/3, 15/6, 15/9, 15/12).
 *
 * @param day the day of the quarter's last month, 1 to 30 (a day March, June, September and December all have)
 */
public record QuarterlyOnDay(int day) implements DeadlineRule {

    public QuarterlyOnDay {
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("A day every quarter's last month has (1 to 30): " + day);
        }
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.QUARTERLY;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return IntStream.rangeClosed(1, 4)
                .mapToObj(q -> DueDate.ofQuarter(planYear, q, LocalDate.of(planYear, q * 3, day))).toList();
    }

    @Override
    public String describe() {
        return "Trước ngày " + day + " tháng cuối quý, hằng quý";
    }

    @Override
    public String meaningOf(DueDate due) {
        return "ngày " + day + " tháng cuối quý " + VietnameseDates.romanQuarter(due.quarter()) + " (tháng "
                + due.quarter() * 3 + ")";
    }
}
