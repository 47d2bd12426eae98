package vn.laichau.par.domain.calendar;

import java.time.LocalDate;
import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;

/**
 * Solar dates of the lunar holidays, from the Vietnamese lunar calendar (computed for UTC+7, which
 * sometimes differs from the Chinese calendar computed for UTC+8).
 */
final class LunarCalendar {

    private LunarCalendar() {
    }

    /** Mùng 1 Tết: the first day of the lunar year that begins in the given Gregorian year. */
    static LocalDate tet(int gregorianYear) {
        return toLocalDate(VietnameseCalendar.ofTet(gregorianYear).transform(PlainDate.class));
    }

    /** Giỗ Tổ Hùng Vương: day 10 of the (non-leap) third month of the lunar year beginning in the given year. */
    static LocalDate hungKingsCommemoration(int gregorianYear) {
        VietnameseCalendar day = VietnameseCalendar.of(
                EastAsianYear.forGregorian(gregorianYear), EastAsianMonth.valueOf(3), 10);
        return toLocalDate(day.transform(PlainDate.class));
    }

    private static LocalDate toLocalDate(PlainDate date) {
        return LocalDate.of(date.getYear(), date.getMonth(), date.getDayOfMonth());
    }
}
