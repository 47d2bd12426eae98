package vn.laichau.par.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.calendar.AdjustmentKind;
import vn.laichau.par.domain.calendar.CalendarAdjustment;
import vn.laichau.par.domain.calendar.Holiday;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.persistence.calendar.CalendarRepository;

/**
 * The holiday calendar as administrators keep it: a year's computed holidays and the days changed by hand (swap
 * days, make-up working days), added and removed. Deadlines counted in working days are dated on this calendar,
 * so a change moves the stored open ones in the same transaction ({@link WorkingDayDeadlines}).
 */
@ApplicationScoped
public class CalendarAdministration {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private final CalendarRepository calendars;
    private final WorkingDayDeadlines deadlines;

    /** A year of the calendar: its working days, its days off other than weekends and its days changed by hand. */
    public record CalendarYear(int year, int workingDays, List<Holiday> holidays, List<CalendarAdjustment> adjustments) {
    }

    /** A day changed (or whose change was removed), and the deadlines that moved with it. */
    public record CalendarChange(CalendarAdjustment adjustment, List<MovedDeadline> moved) {
    }

    /** For the container's client proxy only. */
    protected CalendarAdministration() {
        this(null, null);
    }

    @Inject
    public CalendarAdministration(CalendarRepository calendars, WorkingDayDeadlines deadlines) {
        this.calendars = calendars;
        this.deadlines = deadlines;
    }

    /** The calendar of a year between {@value #FIRST_YEAR} and {@value #LAST_YEAR}. */
    @Transactional
    public CalendarYear year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Refusal.of(Refusal.Reason.INVALID, "invalid-year", "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR,
                    "The year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        WorkingDayCalendar calendar = calendars.calendar();
        int working = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                working++;
            }
        }
        return new CalendarYear(year, working, calendar.holidaysOf(year),
                calendar.adjustments().stream().filter(a -> a.date().getYear() == year).toList());
    }

    /**
     * Adds a swap day or a make-up working day. A day off must be a working day now and a working day must be a
     * day off now, else the change would mean nothing; a day already changed is refused too.
     */
    @Transactional
    public CalendarChange add(Actor actor, CalendarAdjustment adjustment) {
        boolean working = calendars.calendar().isWorkingDay(adjustment.date());
        if (adjustment.kind() == AdjustmentKind.DAY_OFF && !working) {
            String day = VietnameseDate.of(adjustment.date());
            throw Refusal.of(Refusal.Reason.CONFLICT, "already-day-off", "Ngày " + day + " đã là ngày nghỉ",
                    "The day " + day + " is a day off already");
        }
        if (adjustment.kind() == AdjustmentKind.WORKING_DAY && working) {
            String day = VietnameseDate.of(adjustment.date());
            throw Refusal.of(Refusal.Reason.CONFLICT, "already-working-day", "Ngày " + day + " đã là ngày làm việc",
                    "The day " + day + " is a working day already");
        }
        CalendarAdjustment stored = calendars.add(adjustment);
        return new CalendarChange(stored, redate(actor));
    }

    /** Removes a day's adjustment; the statutory calendar applies to the day again and deadlines follow it. */
    @Transactional
    public CalendarChange remove(Actor actor, LocalDate day) {
        CalendarAdjustment removed = calendars.adjustmentOn(day).orElseThrow(() -> Refusal.of(
                Refusal.Reason.NOT_FOUND, "calendar-adjustment-not-found", "Ngày " + VietnameseDate.of(day)
                        + " không được điều chỉnh", "The day " + VietnameseDate.of(day) + " has no adjustment"));
        calendars.remove(day);
        return new CalendarChange(removed, redate(actor));
    }

    private List<MovedDeadline> redate(Actor actor) {
        calendars.flush();
        return deadlines.redate(calendars.calendar(), actor);
    }
}
