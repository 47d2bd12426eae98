package vn.laichau.par.notifier.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.par.notifier.planning.Fixtures.COLLEAGUE;
import static vn.laichau.par.notifier.planning.Fixtures.FINANCE;
import static vn.laichau.par.notifier.planning.Fixtures.JUSTICE;
import static vn.laichau.par.notifier.planning.Fixtures.OFFICIAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.recipient.AgencyRecipients;
import vn.laichau.par.notifier.recipient.Audience;
import vn.laichau.par.notifier.recipient.Recipient;

class AlertPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 10, 13);

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
    private final AlertPlanner planner = new AlertPlanner(AlertPolicy.defaults(), calendar);

    private final AlertSubject dueIn3 = Fixtures.open(1, 11, JUSTICE, LocalDate.of(2025, 10, 16));
    private final AlertSubject dueToday = Fixtures.open(2, 12, JUSTICE, MONDAY);
    private final AlertSubject overdueSinceSunday = Fixtures.open(3, 13, JUSTICE, LocalDate.of(2025, 10, 11));
    private final AlertSubject quietToday = Fixtures.open(4, 14, JUSTICE, LocalDate.of(2025, 10, 17));

    @Test
    void severalDueItemsReachEachOfficialAsOneMessageMostPressingFirst() {
        List<Alert> alerts = planner.plan(MONDAY, List.of(dueIn3, dueToday, overdueSinceSunday, quietToday),
                Fixtures.audience());

        assertThat(alerts).filteredOn(alert -> alert.kind() == AlertKind.REMINDER)
                .extracting(Schedules::describe)
                .containsExactly("REMINDER@1 3:OVERDUE 2 2:DUE_TODAY 1:UPCOMING 3",
                        "REMINDER@2 3:OVERDUE 2 2:DUE_TODAY 1:UPCOMING 3");
    }

    @Test
    void officialOfTwoAgenciesStillGetsOneReminderADay() {
        Audience audience = new Audience(List.of(
                new AgencyRecipients(JUSTICE, List.of(OFFICIAL), Optional.empty()),
                new AgencyRecipients(FINANCE, List.of(OFFICIAL), Optional.empty())), List.of());
        AlertSubject financeDue = Fixtures.open(5, 15, FINANCE, MONDAY);

        List<Alert> alerts = planner.plan(MONDAY, List.of(dueIn3, financeDue), audience);

        assertThat(alerts).extracting(Schedules::describe).containsExactly("REMINDER@1 5:DUE_TODAY 1:UPCOMING 3");
    }

    @Test
    void mutedTaskSkipsTheOfficialButStaysInTheMonitoringDigest() {
        Recipient muting = OFFICIAL.muting(overdueSinceSunday.taskId());

        List<Alert> alerts = planner.plan(MONDAY, List.of(overdueSinceSunday, dueToday),
                Fixtures.audience(muting, COLLEAGUE));

        assertThat(alerts).extracting(Schedules::describe).containsExactly(
                "REMINDER@1 2:DUE_TODAY",
                "REMINDER@2 3:OVERDUE 2 2:DUE_TODAY",
                "WEEKLY_DIGEST@8 3:OVERDUE 2",
                "WEEKLY_DIGEST@9 3:OVERDUE 2");
    }

    @Test
    void officialWhoMutedEverythingDueGetsNoMessage() {
        Recipient muting = OFFICIAL.muting(dueIn3.taskId());

        List<Alert> alerts = planner.plan(MONDAY, List.of(dueIn3), Fixtures.audience(muting));

        assertThat(alerts).isEmpty();
    }

    @Test
    void noDigestWhenNothingIsOverdue() {
        List<Alert> alerts = planner.plan(MONDAY, List.of(dueIn3, dueToday), Fixtures.audience());

        assertThat(alerts).extracting(Alert::kind).containsOnly(AlertKind.REMINDER);
    }

    @Test
    void digestListsEveryOverdueOccurrenceByAgencyOncePerMonitoringPerson() {
        AlertSubject financeLate = Fixtures.open(6, 16, FINANCE, LocalDate.of(2025, 9, 30));
        AlertSubject finishedLate = Fixtures.finished(Fixtures.open(7, 17, JUSTICE, LocalDate.of(2025, 9, 1)),
                LocalDate.of(2025, 10, 1));

        List<Alert> digests = planner.plan(MONDAY, List.of(overdueSinceSunday, financeLate, finishedLate, dueIn3),
                Fixtures.audience()).stream().filter(alert -> alert.kind() == AlertKind.WEEKLY_DIGEST).toList();

        assertThat(digests).extracting(Schedules::describe).containsExactly(
                "WEEKLY_DIGEST@8 6:OVERDUE 13 3:OVERDUE 2", "WEEKLY_DIGEST@9 6:OVERDUE 13 3:OVERDUE 2");
        assertThat(digests).extracting(alert -> alert.key().subject()).containsOnly("week-2025-W42");
    }

    @Test
    void planningTheSameDayTwiceGivesTheSameKeysAndAlerts() {
        List<AlertSubject> subjects = List.of(dueIn3, dueToday, overdueSinceSunday, quietToday);

        List<Alert> first = planner.plan(MONDAY, subjects, Fixtures.audience());
        List<AlertSubject> reordered = new ArrayList<>(subjects);
        Collections.reverse(reordered);
        List<Alert> second = new AlertPlanner(AlertPolicy.defaults(), WorkingDayCalendar.vietnam())
                .plan(MONDAY, reordered, Fixtures.audience());

        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(first).extracting(alert -> alert.key().value()).doesNotHaveDuplicates()
                .contains("REMINDER/daily/1/2025-10-13", "WEEKLY_DIGEST/week-2025-W42/8/2025-10-13");
    }

    @Test
    void nonUrgentAlertsWaitForSevenInTheMorning() {
        List<Alert> alerts = planner.plan(MONDAY, List.of(dueToday, overdueSinceSunday), Fixtures.audience());

        assertThat(alerts).extracting(Alert::notBefore).containsOnly(Instant.parse("2025-10-13T00:00:00Z"));
    }

    @Test
    void urgentKindGoesOutOnItsOwnDayEvenWhenThatIsASunday() {
        AlertPlanner urgentReminders = new AlertPlanner(
                AlertPolicy.defaults().withUrgentKinds(Set.of(AlertKind.REMINDER)), calendar);
        LocalDate sunday = LocalDate.of(2025, 10, 12);

        List<Alert> alerts = urgentReminders.plan(sunday, List.of(overdueSinceSunday), Fixtures.audience(OFFICIAL));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(Schedules.describe(alert)).isEqualTo("REMINDER@1 3:OVERDUE 1");
            assertThat(alert.notBefore()).isEqualTo(Instant.parse("2025-10-11T17:00:00Z"));
        });
        assertThat(planner.plan(sunday, List.of(overdueSinceSunday), Fixtures.audience(OFFICIAL))).isEmpty();
    }

    @Test
    void headWithoutOverdueItemsAndAgencyWithoutPeopleProduceNothing() {
        AlertSubject unknownAgency = Fixtures.open(8, 18, 99, LocalDate.of(2025, 10, 16));

        assertThat(planner.plan(MONDAY, List.of(unknownAgency), Fixtures.audience())).isEmpty();
    }

    @Test
    void monthlySummaryCountsOnTimeLateAndOpenOccurrencesDueLastMonth() {
        LocalDate firstWorkingDayOfNovember = LocalDate.of(2025, 11, 3);
        List<AlertSubject> october = List.of(
                Fixtures.finished(Fixtures.open(1, 1, JUSTICE, LocalDate.of(2025, 10, 10)), LocalDate.of(2025, 10, 9)),
                Fixtures.finished(Fixtures.open(2, 2, JUSTICE, LocalDate.of(2025, 10, 10)), LocalDate.of(2025, 10, 10)),
                Fixtures.finished(Fixtures.open(3, 3, JUSTICE, LocalDate.of(2025, 10, 10)), LocalDate.of(2025, 10, 20)),
                Fixtures.open(4, 4, FINANCE, LocalDate.of(2025, 10, 31)),
                Fixtures.finished(Fixtures.open(5, 5, FINANCE, LocalDate.of(2025, 9, 30)), LocalDate.of(2025, 9, 30)));

        assertThat(planner.summarisedMonth(firstWorkingDayOfNovember)).contains(YearMonth.of(2025, 10));
        List<Alert> alerts = planner.plan(firstWorkingDayOfNovember, october, new Audience(List.of(),
                List.of(Fixtures.MONITOR)));

        assertThat(alerts).filteredOn(alert -> alert.kind() == AlertKind.MONTHLY_SUMMARY).singleElement()
                .satisfies(alert -> assertThat(((OnTimeReport) alert.content()).agencies()).containsExactly(
                        new AgencyOnTime(FINANCE, "Sở Tài chính", 0, 0, 1),
                        new AgencyOnTime(JUSTICE, "Sở Tư pháp", 2, 1, 0)));
    }

    @Test
    void noMonthlySummaryWhenNothingWasDueLastMonthOrOnOtherDays() {
        LocalDate firstWorkingDayOfNovember = LocalDate.of(2025, 11, 3);

        AlertSubject dueInDecember = Fixtures.open(9, 19, JUSTICE, LocalDate.of(2025, 12, 31));

        assertThat(planner.plan(firstWorkingDayOfNovember, List.of(dueInDecember), Fixtures.audience())).isEmpty();
        assertThat(planner.summarisedMonth(LocalDate.of(2025, 11, 1))).as("a Saturday").isEmpty();
        assertThat(planner.summarisedMonth(LocalDate.of(2025, 11, 4))).isEmpty();
    }
}
