package vn.laichau.par.notifier.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertPolicyTest {

    @Test
    void defaultsAreTheOnesTheIssueAsksFor() {
        AlertPolicy policy = AlertPolicy.defaults();

        assertThat(policy.reminderWorkingDays()).containsExactly(14, 7, 3, 1);
        assertThat(policy.remindOnDueDay()).isTrue();
        assertThat(policy.firstOverdueAfterDays()).isEqualTo(1);
        assertThat(policy.overdueRepeatDays()).isEqualTo(7);
        assertThat(policy.headEscalationWorkingDays()).isEqualTo(3);
        assertThat(policy.weeklyDigestDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(policy.monthlySummaryDay()).isEqualTo(1);
        assertThat(policy.quietHours()).isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)));
        assertThat(policy.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(policy.urgentKinds()).isEmpty();
    }

    @Test
    void reminderDaysAreKeptLargestFirstWithoutRepeats() {
        assertThat(AlertPolicy.defaults().withReminderWorkingDays(List.of(1, 5, 5, 10)).reminderWorkingDays())
                .containsExactly(10, 5, 1);
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        AlertPolicy policy = AlertPolicy.defaults();

        assertThatIllegalArgumentException().isThrownBy(() -> policy.withReminderWorkingDays(List.of(0)));
        assertThatIllegalArgumentException().isThrownBy(() -> policy.withOverdue(0, 7));
        assertThatIllegalArgumentException().isThrownBy(() -> policy.withOverdue(1, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> policy.withHeadEscalationWorkingDays(-3));
        assertThatIllegalArgumentException().isThrownBy(() -> policy.withDigestDays(DayOfWeek.MONDAY, 31));
    }

    @Test
    void quietHoursMayCrossMidnight() {
        QuietHours night = QuietHours.DEFAULT;

        assertThat(night.contains(LocalTime.of(21, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(20, 59))).isFalse();
        assertThat(night.morning()).isEqualTo(LocalTime.of(7, 0));
        assertThat(QuietHours.none().contains(LocalTime.of(3, 0))).isFalse();
    }
}
