package vn.laichau.par.notifier.planning;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laichau.par.notifier.planning.Fixtures.HEAD;
import static vn.laichau.par.notifier.planning.Fixtures.JUSTICE;
import static vn.laichau.par.notifier.planning.Fixtures.OFFICIAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.recipient.Audience;

class OccurrenceScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);
    private static final LocalDate FINISHED = LocalDate.of(2025, 11, 5);

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
    private final AlertPlanner planner = new AlertPlanner(AlertPolicy.defaults(), calendar);
    private final Audience audience = Fixtures.audience(OFFICIAL);

    @Test
    void oneOccurrenceProducesExactlyItsScheduleAcrossTheYear() {
        AlertSubject open = Fixtures.open(100, 7, JUSTICE, DUE);
        AlertSubject done = Fixtures.finished(open, FINISHED);

        Map<LocalDate, List<String>> schedule = Schedules.of(planner, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), day -> List.of(day.isBefore(FINISHED) ? open : done), audience);

        assertThat(schedule).containsExactly(
                entry(LocalDate.of(2025, 9, 26), List.of("REMINDER@1 100:UPCOMING 14")),
                entry(LocalDate.of(2025, 10, 7), List.of("REMINDER@1 100:UPCOMING 7")),
                entry(LocalDate.of(2025, 10, 13), List.of("REMINDER@1 100:UPCOMING 3")),
                entry(LocalDate.of(2025, 10, 15), List.of("REMINDER@1 100:UPCOMING 1")),
                entry(LocalDate.of(2025, 10, 16), List.of("REMINDER@1 100:DUE_TODAY")),
                entry(LocalDate.of(2025, 10, 17), List.of("REMINDER@1 100:OVERDUE 1")),
                entry(LocalDate.of(2025, 10, 20), List.of("WEEKLY_DIGEST@8 100:OVERDUE 4",
                        "WEEKLY_DIGEST@9 100:OVERDUE 4")),
                entry(LocalDate.of(2025, 10, 21), List.of("HEAD_ESCALATION@3 100:OVERDUE 5")),
                entry(LocalDate.of(2025, 10, 24), List.of("REMINDER@1 100:OVERDUE 8")),
                entry(LocalDate.of(2025, 10, 27), List.of("WEEKLY_DIGEST@8 100:OVERDUE 11",
                        "WEEKLY_DIGEST@9 100:OVERDUE 11")),
                entry(LocalDate.of(2025, 10, 31), List.of("REMINDER@1 100:OVERDUE 15")),
                entry(LocalDate.of(2025, 11, 3), List.of("WEEKLY_DIGEST@8 100:OVERDUE 18",
                        "WEEKLY_DIGEST@9 100:OVERDUE 18",
                        "MONTHLY_SUMMARY@8 2025-10 0/1", "MONTHLY_SUMMARY@9 2025-10 0/1")));
    }

    @Test
    void overdueAlertsRepeatWeeklyWhileTheOccurrenceStaysOpen() {
        AlertSubject open = Fixtures.open(100, 7, JUSTICE, DUE);

        Map<LocalDate, List<String>> schedule = Schedules.of(planner, LocalDate.of(2025, 11, 4),
                LocalDate.of(2025, 11, 30), day -> List.of(open), Fixtures.audience(OFFICIAL));

        assertThat(schedule.entrySet()).filteredOn(e -> e.getValue().get(0).startsWith("REMINDER"))
                .extracting(Map.Entry::getKey)
                .containsExactly(LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 14),
                        LocalDate.of(2025, 11, 21), LocalDate.of(2025, 11, 28));
    }

    @Test
    void nothingFollowsCompletionExceptTheMonthlyFigures() {
        AlertSubject done = Fixtures.finished(Fixtures.open(100, 7, JUSTICE, DUE), LocalDate.of(2025, 10, 1));

        Map<LocalDate, List<String>> schedule = Schedules.of(planner, LocalDate.of(2025, 10, 2),
                LocalDate.of(2025, 12, 31), day -> List.of(done), audience);

        assertThat(schedule).containsExactly(entry(LocalDate.of(2025, 11, 3),
                List.of("MONTHLY_SUMMARY@8 2025-10 1/1", "MONTHLY_SUMMARY@9 2025-10 1/1")));
    }

    @Test
    void extensionMovesEveryReminderToTheNewDueDate() {
        AlertSubject original = Fixtures.open(100, 7, JUSTICE, DUE);
        LocalDate decided = LocalDate.of(2025, 10, 10);
        AlertSubject extended = Fixtures.extended(original, LocalDate.of(2025, 11, 14));

        Map<LocalDate, List<String>> schedule = Schedules.of(planner, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 11, 18), day -> List.of(day.isBefore(decided) ? original : extended),
                Fixtures.audience(OFFICIAL));

        assertThat(schedule).containsExactly(
                entry(LocalDate.of(2025, 10, 7), List.of("REMINDER@1 100:UPCOMING 7")),
                entry(LocalDate.of(2025, 10, 27), List.of("REMINDER@1 100:UPCOMING 14")),
                entry(LocalDate.of(2025, 11, 5), List.of("REMINDER@1 100:UPCOMING 7")),
                entry(LocalDate.of(2025, 11, 11), List.of("REMINDER@1 100:UPCOMING 3")),
                entry(LocalDate.of(2025, 11, 13), List.of("REMINDER@1 100:UPCOMING 1")),
                entry(LocalDate.of(2025, 11, 14), List.of("REMINDER@1 100:DUE_TODAY")),
                entry(LocalDate.of(2025, 11, 17), List.of("REMINDER@1 100:OVERDUE 3", "WEEKLY_DIGEST@8 100:OVERDUE 3",
                        "WEEKLY_DIGEST@9 100:OVERDUE 3")));
    }

    @Test
    void headHearsOnceWhenTheOccurrenceIsThreeWorkingDaysOverdue() {
        LocalDate friday = LocalDate.of(2025, 8, 29);
        AlertSubject open = Fixtures.open(100, 7, JUSTICE, friday);

        Map<LocalDate, List<String>> schedule = Schedules.of(planner, friday, LocalDate.of(2025, 10, 31),
                day -> List.of(open), audience);

        assertThat(schedule.values().stream().flatMap(List::stream).filter(l -> l.startsWith("HEAD_ESCALATION")))
                .as("Mon 1/9 and Tue 2/9 are Quốc khánh; the third working day after Fri 29/8 is Fri 5/9")
                .containsExactly("HEAD_ESCALATION@3 100:OVERDUE 7");
        assertThat(schedule.get(LocalDate.of(2025, 9, 5))).contains("HEAD_ESCALATION@" + HEAD.personId()
                + " 100:OVERDUE 7");
    }

    @Test
    void dueDateOnTetGoesOutTheFirstWorkingMorningAfterTetAsOneMessage() {
        // 28/1 to 3/2/2025 are Tết days off; 4/2 is the first working day after them.
        LocalDate lunarNewYear = LocalDate.of(2025, 1, 29);
        AlertSubject open = Fixtures.open(100, 7, JUSTICE, lunarNewYear);

        Map<LocalDate, List<String>> schedule = Schedules.of(planner, LocalDate.of(2025, 1, 20),
                LocalDate.of(2025, 2, 7), day -> List.of(open), audience);

        assertThat(schedule).containsExactly(
                entry(LocalDate.of(2025, 1, 23), List.of("REMINDER@1 100:UPCOMING 3")),
                entry(LocalDate.of(2025, 1, 27), List.of("REMINDER@1 100:UPCOMING 1")),
                entry(LocalDate.of(2025, 2, 4), List.of("REMINDER@1 100:OVERDUE 6",
                        "WEEKLY_DIGEST@8 100:OVERDUE 6", "WEEKLY_DIGEST@9 100:OVERDUE 6",
                        "MONTHLY_SUMMARY@8 2025-01 0/1", "MONTHLY_SUMMARY@9 2025-01 0/1")),
                entry(LocalDate.of(2025, 2, 6), List.of("REMINDER@1 100:OVERDUE 8",
                        "HEAD_ESCALATION@3 100:OVERDUE 8")));
        Alert reminder = planner.plan(LocalDate.of(2025, 2, 4), List.of(open), audience).get(0);
        assertThat(reminder.notBefore()).isEqualTo(Instant.parse("2025-02-04T00:00:00Z"));
    }

    @Test
    void weeklyOverdueDayOnTetIsHeldUntilSevenOClockOnTheNextWorkingDay() {
        AlertSubject open = Fixtures.open(100, 7, JUSTICE, LocalDate.of(2025, 1, 23));

        assertThat(planner.plan(LocalDate.of(2025, 1, 31), List.of(open), audience))
                .as("Fri 31/1 is mùng 3 Tết").isEmpty();
        List<Alert> afterTet = planner.plan(LocalDate.of(2025, 2, 4), List.of(open), audience);

        assertThat(afterTet).filteredOn(alert -> alert.kind() == AlertKind.REMINDER).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.notBefore()).isEqualTo(LocalDate.of(2025, 2, 4).atTime(7, 0)
                            .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
                    assertThat(Schedules.describe(alert)).isEqualTo("REMINDER@1 100:OVERDUE 12");
                });
    }
}
