package vn.laichau.par.api.calendar;

import vn.laichau.par.application.calendar.CalendarAdministration;
import java.time.LocalDate;
import java.util.List;

/**
 * A year of the working-day calendar: its days off other than weekends (statutory holidays, compensatory days,
 * days off added by hand) and the days changed by hand.
 */
public record CalendarYearResponse(int year, int workingDays, List<Holiday> holidays, List<Adjustment> adjustments) {

    /** A day off; {@code source} says why (statutory, compensatory, adjustment). */
    public record Holiday(LocalDate date, String name, String source) {
    }

    /** A day made a day off ({@code DAY_OFF}) or a working day ({@code WORKING_DAY}) by hand. */
    public record Adjustment(LocalDate date, String kind, String reason) {
    }

    static CalendarYearResponse of(CalendarAdministration.CalendarYear year) {
        return new CalendarYearResponse(year.year(), year.workingDays(),
                year.holidays().stream().map(h -> new Holiday(h.date(), h.nameVi(), h.source().name())).toList(),
                year.adjustments().stream().map(a -> new Adjustment(a.date(), a.kind().name(), a.reason())).toList());
    }
}
