package vn.laichau.par.api.calendar;

import java.time.LocalDate;
import java.util.List;
import vn.laichau.par.application.calendar.CalendarAdministration;
import vn.laichau.par.application.calendar.MovedDeadline;
import vn.laichau.par.domain.calendar.CalendarAdjustment;

/**
 * A calendar edit's outcome: the day changed, and the stored occurrences whose working-day deadline moved with
 * it in the same transaction.
 *
 * @param kind              {@code DAY_OFF} or {@code WORKING_DAY}; for a removal, the kind the day had
 * @param movedOccurrences  how many occurrences moved
 * @param moved             each moved occurrence with its old and new due date
 */
public record CalendarChangeResponse(LocalDate date, String kind, String reason, int movedOccurrences,
                                     List<Move> moved) {

    /** One occurrence re-dated by the edit. */
    public record Move(long occurrenceId, LocalDate from, LocalDate to) {

        static Move of(MovedDeadline moved) {
            return new Move(moved.occurrenceId(), moved.from(), moved.to());
        }
    }

    static CalendarChangeResponse of(CalendarAdministration.CalendarChange change) {
        CalendarAdjustment day = change.adjustment();
        return new CalendarChangeResponse(day.date(), day.kind().name(), day.reason(), change.moved().size(),
                change.moved().stream().map(Move::of).toList());
    }
}
