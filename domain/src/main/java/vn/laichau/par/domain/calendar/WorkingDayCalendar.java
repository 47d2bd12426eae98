package vn.laichau.par.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese working-day calendar of state agencies: Monday to Friday, minus the public holidays and
 * their compensatory days ({@link StatutoryHolidays}), changed by the administrator's
 * {@link CalendarAdjustment}s (the government's swap days and make-up Saturdays).
 *
 * <p>Counting follows the Civil Code 2015 art. 147–148: the day of the event is not counted, and a period
 * that ends on a day off ends on the next working day. Counting in working days gives that for free: the
 * result of {@link #plusWorkingDays} is always a working day.
 *
 * <p>The calendar covers the years 1900 to 2200; asking about a day outside them throws
 * {@link IllegalArgumentException}. Instances are immutable and safe to share.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, CalendarAdjustment> adjustments;
    private final Map<Integer, List<Holiday>> holidaysByYear = new ConcurrentHashMap<>();

    private WorkingDayCalendar(Map<LocalDate, CalendarAdjustment> adjustments) {
        this.adjustments = Map.copyOf(adjustments);
    }

    /** The statutory calendar, without any adjustment. */
    public static WorkingDayCalendar vietnam() {
        return new WorkingDayCalendar(Map.of());
    }

    /**
     * A calendar with these adjustments added to the present ones; for the same day, the later adjustment
     * wins.
     */
    public WorkingDayCalendar withAdjustments(Collection<CalendarAdjustment> added) {
        Map<LocalDate, CalendarAdjustment> merged = new TreeMap<>(adjustments);
        added.forEach(a -> merged.put(a.date(), Objects.requireNonNull(a)));
        return new WorkingDayCalendar(merged);
    }

    /** The adjustments this calendar applies, by date. */
    public List<CalendarAdjustment> adjustments() {
        return adjustments.values().stream().sorted(Comparator.comparing(CalendarAdjustment::date)).toList();
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarAdjustment adjustment = adjustments.get(day);
        if (adjustment != null) {
            return adjustment.kind() == AdjustmentKind.WORKING_DAY;
        }
        return !StatutoryHolidays.isWeekend(day)
                && holidaysOf(day.getYear()).stream().noneMatch(h -> h.date().equals(day));
    }

    /**
     * The days off of a year other than ordinary weekends: statutory holidays, compensatory days and days
     * off added by adjustment, without the days an adjustment turned into working days; sorted by date.
     */
    public List<Holiday> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, this::computeHolidaysOf);
    }

    private List<Holiday> computeHolidaysOf(int year) {
        List<Holiday> days = new ArrayList<>();
        for (Holiday statutory : StatutoryHolidays.of(year)) {
            if (!adjustments.containsKey(statutory.date())) {
                days.add(statutory);
            }
        }
        adjustments.values().stream()
                .filter(a -> a.date().getYear() == year && a.kind() == AdjustmentKind.DAY_OFF)
                .forEach(a -> days.add(new Holiday(a.date(), a.reason(), HolidaySource.ADJUSTMENT)));
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }

    /** The day itself when it is a working day, else the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * The n-th working day after the event, the event day not counted ("05 ngày làm việc kể từ ngày ký").
     * With n = 0 this is {@link #nextWorkingDayOnOrAfter}; a negative n counts backwards like
     * {@link #minusWorkingDays}.
     */
    public LocalDate plusWorkingDays(LocalDate event, int n) {
        if (n < 0) {
            return minusWorkingDays(event, -n);
        }
        if (n == 0) {
            return nextWorkingDayOnOrAfter(event);
        }
        LocalDate day = event;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The n-th working day before the event, the event day not counted ("chậm nhất trước 05 ngày làm việc
     * tính đến ngày có hiệu lực").
     */
    public LocalDate minusWorkingDays(LocalDate event, int n) {
        if (n < 0) {
            return plusWorkingDays(event, -n);
        }
        LocalDate day = event;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(e, plusWorkingDays(e, n)) == n}; negative when {@code to} is before
     * {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
