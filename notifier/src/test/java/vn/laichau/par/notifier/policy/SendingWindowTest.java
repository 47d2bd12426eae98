package vn.laichau.par.notifier.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;

class SendingWindowTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
    private final SendingWindow window = new SendingWindow(AlertPolicy.defaults(), calendar);

    private static Instant vietnam(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(hour, minute).atZone(AlertPolicy.DEFAULT_ZONE).toInstant();
    }

    @Test
    void daytimeOnAWorkingDayGoesAtOnce() {
        Instant tuesdayNoon = vietnam(2025, 10, 14, 12, 0);

        assertThat(window.earliestSendingTime(AlertKind.REMINDER, tuesdayNoon)).isEqualTo(tuesdayNoon);
    }

    @Test
    void earlyMorningWaitsForSeven() {
        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 5, 30)))
                .isEqualTo(vietnam(2025, 10, 14, 7, 0));
    }

    @Test
    void lateEveningWaitsForTheNextWorkingMorning() {
        assertThat(window.earliestSendingTime(AlertKind.WEEKLY_DIGEST, vietnam(2025, 10, 17, 21, 0)))
                .as("Friday 21:00 waits for Monday").isEqualTo(vietnam(2025, 10, 20, 7, 0));
    }

    @Test
    void tetHoldsUntilTheFirstWorkingMorningAfterIt() {
        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 1, 29, 10, 0)))
                .isEqualTo(vietnam(2025, 2, 4, 7, 0));
    }

    @Test
    void urgentKindIsNeverHeld() {
        SendingWindow urgent = new SendingWindow(
                AlertPolicy.defaults().withUrgentKinds(Set.of(AlertKind.HEAD_ESCALATION)), calendar);
        Instant tetNight = vietnam(2025, 1, 29, 23, 0);

        assertThat(urgent.earliestSendingTime(AlertKind.HEAD_ESCALATION, tetNight)).isEqualTo(tetNight);
        assertThat(urgent.earliestSendingTime(AlertKind.REMINDER, tetNight)).isEqualTo(vietnam(2025, 2, 4, 7, 0));
    }

    @Test
    void quietHoursWithinTheDayEndTheSameDay() {
        SendingWindow lunch = new SendingWindow(AlertPolicy.defaults()
                .withQuietHours(new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30))), calendar);

        assertThat(lunch.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 12, 0)))
                .isEqualTo(vietnam(2025, 10, 14, 13, 30));
        assertThat(lunch.morningOf(LocalDate.of(2025, 10, 14))).isEqualTo(vietnam(2025, 10, 14, 0, 0));
    }

    @Test
    void aPersonsOwnQuietMorningHoldsTheMessageUntilItEnds() {
        QuietHours personal = new QuietHours(LocalTime.of(6, 0), LocalTime.of(9, 0));

        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 7, 0), personal))
                .isEqualTo(vietnam(2025, 10, 14, 9, 0));
    }

    @Test
    void aPersonsOwnQuietNightAcrossMidnightEndsTheNextMorning() {
        QuietHours personal = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 30));

        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 7, 0), personal))
                .isEqualTo(vietnam(2025, 10, 14, 8, 30));
        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 20, 30), personal))
                .as("Tuesday evening waits for Wednesday").isEqualTo(vietnam(2025, 10, 15, 8, 30));
    }

    @Test
    void aPersonsQuietHoursEndingOnAFridayNightWaitForTheNextWorkingMorning() {
        QuietHours personal = new QuietHours(LocalTime.of(15, 0), LocalTime.of(22, 0));

        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 17, 16, 0), personal))
                .isEqualTo(vietnam(2025, 10, 20, 7, 0));
    }

    @Test
    void outsideAPersonsQuietHoursTheTimeStands() {
        QuietHours personal = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));

        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 7, 0), personal))
                .isEqualTo(vietnam(2025, 10, 14, 7, 0));
        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 7, 0), QuietHours.none()))
                .isEqualTo(vietnam(2025, 10, 14, 7, 0));
    }

    @Test
    void aTimeInThePolicysQuietHoursWaitsForItsEndWhateverThePersonKeeps() {
        QuietHours personal = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));

        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 21, 30), QuietHours.none()))
                .isEqualTo(vietnam(2025, 10, 15, 7, 0));
        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 21, 30), personal))
                .isEqualTo(vietnam(2025, 10, 15, 7, 0));
        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 18, 10, 0), QuietHours.none()))
                .as("Saturday waits for Monday").isEqualTo(vietnam(2025, 10, 20, 7, 0));
    }

    @Test
    void personalQuietHoursThatLeaveNoFreeHourAreSetAside() {
        QuietHours personal = new QuietHours(LocalTime.of(6, 0), LocalTime.of(22, 0));

        assertThat(window.earliestSendingTime(AlertKind.REMINDER, vietnam(2025, 10, 14, 7, 0), personal))
                .isEqualTo(vietnam(2025, 10, 14, 7, 0));
    }

    @Test
    void urgentKindsIgnoreAPersonsQuietHours() {
        SendingWindow urgent = new SendingWindow(
                AlertPolicy.defaults().withUrgentKinds(Set.of(AlertKind.HEAD_ESCALATION)), calendar);
        QuietHours personal = new QuietHours(LocalTime.of(0, 0), LocalTime.of(9, 0));

        assertThat(urgent.earliestSendingTime(AlertKind.HEAD_ESCALATION, vietnam(2025, 10, 14, 3, 0), personal))
                .isEqualTo(vietnam(2025, 10, 14, 3, 0));
    }
}
