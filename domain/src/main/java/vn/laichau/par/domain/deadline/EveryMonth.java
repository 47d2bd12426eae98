package vn.laichau.par.domain.deadline;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * "Trước ngày 10 hằng tháng": twelve due dates a plan year, on that day of each month; "Hằng tháng" without a
 * day is due on each month's last day ({@link #LAST_DAY}).
 *
 * @param day the day of the month, 1 to 28 (a day every month has), or {@link #LAST_DAY}
 */
public record EveryMonth(int day) implements DeadlineRule {

    /** The last day of each month, whatever its length. */
    public static final int LAST_DAY = 31;

    public EveryMonth {
        if ((day < 1 || day > 28) && day != LAST_DAY) {
            throw new IllegalArgumentException("A day every month has (1 to 28) or the last day: " + day);
        }
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.MONTHLY;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(planYear, month))
                .map(month -> DueDate.ofMonth(planYear, month.getMonthValue(),
                        day == LAST_DAY ? month.atEndOfMonth() : month.atDay(day)))
                .toList();
    }

    @Override
    public String describe() {
        return day == LAST_DAY ? "Cuối mỗi tháng" : "Trước ngày " + day + " hằng tháng";
    }

    @Override
    public String meaningOf(DueDate due) {
        int month = due.month();
        return day == LAST_DAY ? "hết tháng " + month : "ngày " + day + " của tháng " + month;
    }
}
