package vn.laichau.par.notifier.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.policy.PolicySettings;
import vn.laichau.par.notifier.policy.QuietHours;

/** The policy's settings as MicroProfile Config hands them over: the defaults, and changed values change the plan. */
class ConfiguredPolicyTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);

    private static List<String> plan(AlertPolicy policy) {
        AlertPlanner planner = new AlertPlanner(policy, WorkingDayCalendar.vietnam());
        AlertSubject subject = Fixtures.open(1, 11, Fixtures.JUSTICE, DUE);
        List<String> sent = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2025, 9, 1); day.isBefore(LocalDate.of(2025, 11, 10)); day = day.plusDays(1)) {
            for (Alert alert : planner.plan(day, List.of(subject), Fixtures.audience())) {
                if (alert.recipient().personId() == Fixtures.OFFICIAL.personId()
                        || alert.recipient().personId() == Fixtures.HEAD.personId()
                        || alert.recipient().personId() == Fixtures.MONITOR.personId()) {
                    sent.add(day + " " + alert.kind());
                }
            }
        }
        return sent;
    }

    @Test
    void theDefaultsAreTheIssuedPolicy() {
        AlertPolicy configured = PolicySettings.defaults(VIETNAM);

        assertThat(configured).isEqualTo(AlertPolicy.defaults());
        assertThat(configured.reminderWorkingDays()).containsExactly(14, 7, 3, 1);
        assertThat(configured.remindOnDueDay()).isTrue();
        assertThat(configured.quietHours()).isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)));
        assertThat(plan(configured)).containsExactly(
                "2025-09-26 REMINDER", "2025-10-07 REMINDER", "2025-10-13 REMINDER", "2025-10-15 REMINDER",
                "2025-10-16 REMINDER", "2025-10-17 REMINDER",
                "2025-10-20 WEEKLY_DIGEST", "2025-10-21 HEAD_ESCALATION", "2025-10-24 REMINDER",
                "2025-10-27 WEEKLY_DIGEST", "2025-10-31 REMINDER",
                "2025-11-03 WEEKLY_DIGEST", "2025-11-03 MONTHLY_SUMMARY", "2025-11-07 REMINDER");
    }

    @Test
    void changedSettingsChangeThePlan() {
        AlertPolicy changed = PolicySettings.policy("5, 0", 0, 0, "22:00-06:00", "friday", 0, VIETNAM);

        assertThat(plan(changed)).containsExactly(
                "2025-10-09 REMINDER", "2025-10-16 REMINDER", "2025-10-17 REMINDER", "2025-10-17 WEEKLY_DIGEST",
                "2025-10-24 WEEKLY_DIGEST", "2025-10-31 WEEKLY_DIGEST", "2025-11-07 WEEKLY_DIGEST");
        Alert onDueDay = new AlertPlanner(changed, WorkingDayCalendar.vietnam())
                .plan(DUE, List.of(Fixtures.open(1, 11, Fixtures.JUSTICE, DUE)), Fixtures.audience()).get(0);
        assertThat(onDueDay.notBefore()).as("06:00 in Lai Châu").isEqualTo(DUE.atTime(6, 0).atZone(VIETNAM).toInstant());
    }

    @Test
    void aWeeklyOverdueRepeatCanBecomeEveryThreeDaysAndTheHeadCanBeToldLater() {
        AlertPolicy changed = PolicySettings.policy("0", 3, 5, "none", "MONDAY", 1, VIETNAM);

        assertThat(plan(changed)).filteredOn(line -> !line.contains("DIGEST") && !line.contains("SUMMARY"))
                .containsExactly("2025-10-16 REMINDER", "2025-10-17 REMINDER", "2025-10-20 REMINDER",
                        "2025-10-23 REMINDER", "2025-10-23 HEAD_ESCALATION", "2025-10-27 REMINDER",
                        "2025-10-29 REMINDER", "2025-11-03 REMINDER", "2025-11-04 REMINDER", "2025-11-07 REMINDER");
        assertThat(changed.weeklyDigestDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(changed.quietHours()).isEqualTo(QuietHours.none());
    }

    @Test
    void aWrongValueNamesItsSetting() {
        assertThatThrownBy(() -> PolicySettings.policy("14,seven", 7, 3, "21:00-07:00", "MONDAY", 1, VIETNAM))
                .hasMessageContaining("par.alerts.reminder-days");
        assertThatThrownBy(() -> PolicySettings.policy("14", 7, 3, "21h-7h", "MONDAY", 1, VIETNAM))
                .hasMessageContaining("par.alerts.quiet-hours");
        assertThatThrownBy(() -> PolicySettings.policy("14", 7, 3, "none", "THỨ HAI", 1, VIETNAM))
                .hasMessageContaining("par.alerts.digest-day");
        assertThatThrownBy(() -> PolicySettings.policy("14", 7, 3, "none", "MONDAY", 31, VIETNAM))
                .hasMessageContaining("monthly summary day");
        assertThatThrownBy(() -> PolicySettings.policy("14", -1, 3, "none", "MONDAY", 1, VIETNAM))
                .hasMessageContaining("overdue repeat");
    }
}
