package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One dated instance of a deadline.
 *
 * @param period a stable name of the period the due date belongs to, part of an occurrence's unique key:
 *               {@code "2019"} (the plan year), {@code "2019-Q1"} … {@code "2019-Q4"}, {@code "2019-H1"},
 *               {@code "2019-H2"}, {@code "2019-M01"} … {@code "2019-M12"}, {@code "2019-Y"} (the year report of the reporting calendar) or
 *               {@code "2019-E2019-04-20"} (the event of 20/4/2019 of a working-day deadline)
 * @param date   the last day the work may be finished on time
 */
public record DueDate(String period, LocalDate date) {

    private static final Pattern PERIOD =
            Pattern.compile("\\d{4}(-(Q[1-4]|H[12]|M(0[1-9]|1[0-2])|Y|E\\d{4}-\\d{2}-\\d{2}))?");

    public DueDate {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(date, "date");
        if (!PERIOD.matcher(period).matches()) {
            throw new IllegalArgumentException("Unknown period name: " + period);
        }
    }

    /** The plan year the period belongs to. */
    public int planYear() {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** The quarter the period names ("2027-Q2" → 2), else the quarter of the date. */
    public int quarter() {
        return period.length() == 7 && period.charAt(5) == 'Q' ? period.charAt(6) - '0' : (date.getMonthValue() + 2) / 3;
    }

    /** The half the period names ("2027-H1" → 1), else the half of the date. */
    public int half() {
        return period.length() == 7 && period.charAt(5) == 'H' ? period.charAt(6) - '0' : date.getMonthValue() <= 6 ? 1 : 2;
    }

    /** The month the period names ("2027-M10" → 10), else the month of the date. */
    public int month() {
        return period.length() == 8 && period.charAt(5) == 'M' ? Integer.parseInt(period.substring(6))
                : date.getMonthValue();
    }

    static DueDate ofYear(int planYear, LocalDate date) {
        return new DueDate(String.valueOf(planYear), date);
    }

    static DueDate ofQuarter(int planYear, int quarter, LocalDate date) {
        return new DueDate(planYear + "-Q" + quarter, date);
    }

    static DueDate ofMonth(int planYear, int month, LocalDate date) {
        return new DueDate("%d-M%02d".formatted(planYear, month), date);
    }

    static DueDate ofHalf(int planYear, int half, LocalDate date) {
        return new DueDate(planYear + "-H" + half, date);
    }
}
