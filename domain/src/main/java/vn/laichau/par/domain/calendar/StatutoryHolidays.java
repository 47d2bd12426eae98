package vn.laichau.par.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of one year as the law sets them, before the government's yearly adjustments.
 *
 * <p>Labour Code 2019 art. 112(1) (in force from 2021; art. 115 of the Labour Code 2012 before it):
 * <ul>
 *   <li>Tết Dương lịch: 1/1;</li>
 *   <li>Tết Âm lịch (Tết Nguyên Đán): 5 days. The Prime Minister chooses them each year (art. 112(3)); the
 *       default here is the last day of the old lunar year and the first four days of the new one
 *       (30 Tết to mùng 4), the most frequent choice;</li>
 *   <li>Giỗ Tổ Hùng Vương: 10/3 of the lunar calendar;</li>
 *   <li>Ngày Chiến thắng: 30/4 and Quốc tế lao động: 1/5;</li>
 *   <li>Quốc khánh: 2/9, and from 2021 one adjacent day (1/9 or 3/9) that the Prime Minister chooses each
 *       year (art. 112(3)). The default is the adjacent day that is a weekday, and when both are weekdays the
 *       one next to a weekend (3/9 when 2/9 is a Wednesday). This reproduces the decisions of 2021 (2–3/9),
 *       2022 (1–2/9), 2023 (1–2/9), 2024 (2–3/9) and 2025 (1–2/9).</li>
 * </ul>
 * A holiday that falls on a Saturday or Sunday gives the next working day off (art. 112(3) of the Labour
 * Code 2019, art. 115(3) of the Labour Code 2012). Days the government chose differently are corrected with
 * {@link CalendarAdjustment}s.
 */
final class StatutoryHolidays {

    private static final int ADJACENT_NATIONAL_DAY_FROM = 2021;
    static final int FIRST_SUPPORTED_YEAR = 1900;
    static final int LAST_SUPPORTED_YEAR = 2200;

    private StatutoryHolidays() {
    }

    static List<Holiday> of(int year) {
        if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException("The working-day calendar covers the years "
                    + FIRST_SUPPORTED_YEAR + " to " + LAST_SUPPORTED_YEAR + ", not " + year);
        }
        List<Holiday> holidays = new ArrayList<>(statutory(year));
        holidays.addAll(compensatoryDays(holidays));
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }

    private static List<Holiday> statutory(int year) {
        List<Holiday> days = new ArrayList<>();
        days.add(solar(year, 1, 1, "Tết Dương lịch"));
        LocalDate tet = LunarCalendar.tet(year);
        days.add(new Holiday(tet.minusDays(1), "Tết Nguyên Đán (ngày cuối năm âm lịch)", HolidaySource.LUNAR_HOLIDAY));
        for (int day = 1; day <= 4; day++) {
            days.add(new Holiday(tet.plusDays(day - 1L), "Tết Nguyên Đán (mùng " + day + ")",
                    HolidaySource.LUNAR_HOLIDAY));
        }
        days.add(new Holiday(LunarCalendar.hungKingsCommemoration(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                HolidaySource.LUNAR_HOLIDAY));
        days.add(solar(year, 4, 30, "Ngày Chiến thắng"));
        days.add(solar(year, 5, 1, "Ngày Quốc tế lao động"));
        days.add(solar(year, 9, 2, "Quốc khánh"));
        if (year >= ADJACENT_NATIONAL_DAY_FROM) {
            days.add(new Holiday(nationalDayAdjacent(year), "Quốc khánh (ngày liền kề)", HolidaySource.SOLAR_HOLIDAY));
        }
        return days;
    }

    static LocalDate nationalDayAdjacent(int year) {
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        if (isWeekend(after)) {
            return before;
        }
        if (isWeekend(before)) {
            return after;
        }
        return isWeekend(before.minusDays(1)) ? before : after;
    }

    private static List<Holiday> compensatoryDays(List<Holiday> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<Holiday> compensatory = new ArrayList<>();
        holidays.stream()
                .filter(h -> isWeekend(h.date()))
                .sorted(Comparator.comparing(Holiday::date))
                .forEach(h -> {
                    LocalDate day = h.date().plusDays(1);
                    while (isWeekend(day) || taken.contains(day)) {
                        day = day.plusDays(1);
                    }
                    taken.add(day);
                    compensatory.add(new Holiday(day, "Nghỉ bù " + h.nameVi(), HolidaySource.COMPENSATORY));
                });
        return compensatory;
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static Holiday solar(int year, int month, int day, String nameVi) {
        return new Holiday(MonthDay.of(month, day).atYear(year), nameVi, HolidaySource.SOLAR_HOLIDAY);
    }
}
