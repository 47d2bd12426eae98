package vn.laichau.par.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.application.calendar.CalendarAdministration.CalendarChange;
import vn.laichau.par.application.calendar.CalendarAdministration.CalendarYear;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.calendar.AdjustmentKind;
import vn.laichau.par.domain.calendar.CalendarAdjustment;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.persistence.Jpa;

/** Administrators change days of the holiday calendar; the calendar of a year counts its working days. */
class CalendarAdministrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-05-20T02:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Actor ADMIN = new Actor(Optional.empty(), "Sở Nội vụ", Channel.API);
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2031, 6, 5);
    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2031, 6, 7);

    @BeforeEach
    void clean() {
        Jpa.clean();
    }

    @Test
    void aSwapDayIsStoredAndTheYearCountsOneWorkingDayLess() {
        int before = inCalendar(c -> c.year(2031)).workingDays();

        CalendarChange added = inCalendar(c -> c.add(ADMIN, CalendarAdjustment.dayOff(THURSDAY, "QĐ 1/QĐ-UBND")));

        assertThat(added.adjustment().date()).isEqualTo(THURSDAY);
        assertThat(added.adjustment().kind()).isEqualTo(AdjustmentKind.DAY_OFF);
        assertThat(added.moved()).isEmpty();
        CalendarYear year = inCalendar(c -> c.year(2031));
        assertThat(year.workingDays()).isEqualTo(before - 1);
        assertThat(year.adjustments()).extracting(CalendarAdjustment::date).containsExactly(THURSDAY);
        assertThat(year.holidays()).isNotEmpty();
    }

    @Test
    void aChangeThatWouldMeanNothingIsRefusedAsAConflict() {
        assertThatThrownBy(() -> inCalendar(c -> c.add(ADMIN, CalendarAdjustment.dayOff(SATURDAY, "QĐ 2"))))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT);
                    assertThat(e.code()).isEqualTo("already-day-off");
                });
        assertThatThrownBy(() -> inCalendar(c -> c.add(ADMIN,
                new CalendarAdjustment(THURSDAY, AdjustmentKind.WORKING_DAY, "QĐ 3"))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("already-working-day"));
        assertThat(Jpa.count("SELECT COUNT(*) FROM calendar_adjustment")).isZero();
    }

    @Test
    void removingAnAdjustmentGivesTheDayBackAndAnUnadjustedDayIsNotFound() {
        inCalendar(c -> c.add(ADMIN, new CalendarAdjustment(SATURDAY, AdjustmentKind.WORKING_DAY, "Làm bù")));

        CalendarChange removed = inCalendar(c -> c.remove(ADMIN, SATURDAY));

        assertThat(removed.adjustment().kind()).isEqualTo(AdjustmentKind.WORKING_DAY);
        assertThat(inCalendar(c -> c.year(2031)).adjustments()).isEmpty();
        assertThatThrownBy(() -> inCalendar(c -> c.remove(ADMIN, SATURDAY)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("calendar-adjustment-not-found");
                });
    }

    @Test
    void aYearOutsideTheCalendarsRangeIsRefused() {
        assertThatThrownBy(() -> inCalendar(c -> c.year(1899)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID);
                    assertThat(e.code()).isEqualTo("invalid-year");
                });
    }

    private static <T> T inCalendar(Function<CalendarAdministration, T> work) {
        return Jpa.inTransaction(em -> work.apply(UseCases.calendarAdministration(em, CLOCK)));
    }
}
