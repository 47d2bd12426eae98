package vn.laichau.par.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change to the statutory calendar decided for one day, e.g. by the Prime Minister's yearly notice
 * on swapping working days around Tết or 2/9.
 *
 * @param date   the day changed
 * @param kind   whether the day becomes a day off or a working day
 * @param reason the decision or notice, in Vietnamese (shown as the day's name when it is a day off)
 */
public record CalendarAdjustment(LocalDate date, AdjustmentKind kind, String reason) {

    public CalendarAdjustment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A calendar adjustment needs a reason");
        }
    }

    public static CalendarAdjustment dayOff(LocalDate date, String reason) {
        return new CalendarAdjustment(date, AdjustmentKind.DAY_OFF, reason);
    }

    public static CalendarAdjustment workingDay(LocalDate date, String reason) {
        return new CalendarAdjustment(date, AdjustmentKind.WORKING_DAY, reason);
    }
}
