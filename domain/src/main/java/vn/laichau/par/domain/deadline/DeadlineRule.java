package vn.laichau.par.domain.deadline;

import java.util.List;
import java.util.Optional;

/**
 * What a deadline phrase of the plan means: a rule that yields the due dates of one plan year.
 *
 * <p>A rule states the last day the work may be finished on time. "Trước 20/12" is read as due on 20/12:
 * officials count a task finished on the stated day as on time. Dated rules keep the day written in the
 * plan even when it is a day off; only deadlines counted in working days move with the calendar.
 */
public sealed interface DeadlineRule
        permits FixedDate, YearlyDate, RelativeToPlanYear, FromYearOn, ByReportingCalendar, Continuous,
                WorkingDaysFromEvent, Quarterly, QuarterlyOnDay, HalfYearly, MonthOfYear, EveryMonth, Span,
                NextWorkingDay, NeedsManualDate, SetByHand {

    DeadlineKind kind();

    /**
     * The dated instances this rule yields for one plan year (may be several: quarters, reports); empty for
     * {@link NeedsManualDate}, and empty when the rule does not apply to that year.
     */
    List<DueDate> dueDates(int planYear, DeadlineContext context);

    /** Short Vietnamese description, e.g. "Trước ngày 20/12 hằng năm". */
    String describe();

    /**
     * What one of its due dates means, in plain Vietnamese: "hết quý II năm kế hoạch" for the second-quarter date
     * of "Quý II". Rules that yield one date a year mean what they say.
     */
    default String meaningOf(DueDate due) {
        return describe();
    }

    /** A due date read back with its meaning: "hạn: 30/06/2027 — hết quý II năm kế hoạch". */
    default String readBack(DueDate due) {
        return "hạn: " + VietnameseDates.format(due.date()) + " — " + meaningOf(due);
    }

    /**
     * Why this rule cannot give a date with what the context holds, in Vietnamese; empty when it can.
     */
    default Optional<String> missingInformation(DeadlineContext context) {
        return Optional.empty();
    }

    /** Whether a person must enter the date. */
    default boolean needsManualDate() {
        return kind() == DeadlineKind.NEEDS_MANUAL_DATE;
    }
}
