package vn.laichau.par.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;

/**
 * What a deadline rule needs besides the plan year to yield due dates.
 *
 * @param calendar  the working-day calendar, for deadlines counted in working days
 * @param reporting the due days of the periodic reports
 * @param eventDate the day of the event a working-day deadline counts from (e.g. the day a decision was
 *                  signed), when known
 */
public record DeadlineContext(WorkingDayCalendar calendar, ReportingCalendar reporting, Optional<LocalDate> eventDate) {

    public DeadlineContext {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(eventDate, "eventDate");
    }

    /** The given calendar, the Ministry of Home Affairs' reporting days and no event. */
    public static DeadlineContext standard(WorkingDayCalendar calendar) {
        return new DeadlineContext(calendar, ReportingCalendar.ministryOfHomeAffairs(), Optional.empty());
    }

    public DeadlineContext withEventDate(LocalDate event) {
        return new DeadlineContext(calendar, reporting, Optional.of(event));
    }

    public DeadlineContext withReporting(ReportingCalendar otherReporting) {
        return new DeadlineContext(calendar, otherReporting, eventDate);
    }
}
