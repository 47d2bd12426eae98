package vn.laichau.par.application.calendar;

import java.time.LocalDate;

/** An occurrence whose working-day deadline the calendar moved, from one due date to another. */
public record MovedDeadline(long occurrenceId, LocalDate from, LocalDate to) {
}
