package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * When the periodic administrative-reform reports are due: the quarter I, six-month, quarter III and year
 * reports ("Báo cáo CCHC quý I, 6 tháng, quý III và Báo cáo CCHC năm").
 *
 * <p>The {@linkplain #ministryOfHomeAffairs() defaults} follow the Ministry of Home Affairs' guidance on
 * the periodic reform report (Công văn 581/BNV-CCHC, under Decree 09/2019/NĐ-CP on the reporting regime
 * of state administrative agencies): reports are sent at the latest on the 20th of the last month of the
 * period — 20/3, 20/6, 20/9 and 20/12 — with figures closed on the 14th of that month. A province that
 * asks its agencies for earlier reports configures other days.
 *
 * <p>A report is due in the last month of its period or after it: a due day that falls in an earlier month
 * of the calendar (e.g. 15/01 for the year report) is taken in the following year.
 */
public record ReportingCalendar(MonthDay firstQuarter, MonthDay sixMonths, MonthDay thirdQuarter, MonthDay year) {

    public ReportingCalendar {
        Objects.requireNonNull(firstQuarter, "firstQuarter");
        Objects.requireNonNull(sixMonths, "sixMonths");
        Objects.requireNonNull(thirdQuarter, "thirdQuarter");
        Objects.requireNonNull(year, "year");
    }

    /** 20/3, 20/6, 20/9 and 20/12. */
    public static ReportingCalendar ministryOfHomeAffairs() {
        return new ReportingCalendar(MonthDay.of(3, 20), MonthDay.of(6, 20), MonthDay.of(9, 20), MonthDay.of(12, 20));
    }

    /** The four report due dates of a plan year, in the order quarter I, six months, quarter III, year. */
    public List<DueDate> dueDates(int planYear) {
        return List.of(
                new DueDate(planYear + "-Q1", place(firstQuarter, Month.MARCH, planYear)),
                new DueDate(planYear + "-H1", place(sixMonths, Month.JUNE, planYear)),
                new DueDate(planYear + "-Q3", place(thirdQuarter, Month.SEPTEMBER, planYear)),
                new DueDate(planYear + "-Y", place(year, Month.DECEMBER, planYear)));
    }

    private static LocalDate place(MonthDay dueDay, Month lastMonthOfPeriod, int planYear) {
        int yearOfDate = dueDay.getMonth().compareTo(lastMonthOfPeriod) < 0 ? planYear + 1 : planYear;
        return dueDay.atYear(yearOfDate);
    }
}
