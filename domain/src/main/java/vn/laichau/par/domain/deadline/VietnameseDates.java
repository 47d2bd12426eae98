package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.time.MonthDay;

/** Dates written the way the plan writes them: 20/12, 30/12/2017. */
final class VietnameseDates {

    private VietnameseDates() {
    }

    static String format(MonthDay day) {
        return "%02d/%02d".formatted(day.getDayOfMonth(), day.getMonthValue());
    }

    static String format(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String romanQuarter(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> throw new IllegalArgumentException("No quarter " + quarter);
        };
    }
}
