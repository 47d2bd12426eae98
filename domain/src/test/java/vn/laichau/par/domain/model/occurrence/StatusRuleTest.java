package vn.laichau.par.domain.model.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusRuleTest {

    private static final LocalDate DUE = LocalDate.of(2019, 12, 20);

    private final StatusRule rule = new StatusRule(7);

    @ParameterizedTest(name = "open on {0}: {1}")
    @CsvSource({
            "2019-11-01, NOT_YET_DUE",
            "2019-12-12, NOT_YET_DUE",
            "2019-12-13, DUE_SOON",
            "2019-12-20, DUE_SOON",
            "2019-12-21, OVERDUE",
            "2020-03-01, OVERDUE"})
    void anOpenOccurrenceIsNotYetDueThenDueSoonWithinTheWindowThenOverdue(LocalDate today, OccurrenceStatus expected) {
        assertThat(rule.statusOf(DUE, today, Optional.empty())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "finished on {0}: {1}")
    @CsvSource({
            "2019-12-01, FINISHED_EARLY",
            "2019-12-19, FINISHED_EARLY",
            "2019-12-20, FINISHED_ON_TIME",
            "2019-12-21, FINISHED_LATE"})
    void aFinishedOccurrenceIsEarlyOnTimeOrLateWhateverTheDayToday(LocalDate finishedOn, OccurrenceStatus expected) {
        assertThat(rule.statusOf(DUE, LocalDate.of(2020, 6, 1), Optional.of(finishedOn))).isEqualTo(expected);
        assertThat(rule.statusOf(DUE, finishedOn, Optional.of(finishedOn))).isEqualTo(expected);
    }

    @Test
    void theWindowIsConfigurable() {
        LocalDate today = LocalDate.of(2019, 12, 5);

        assertThat(new StatusRule(15).statusOf(DUE, today, Optional.empty())).isEqualTo(OccurrenceStatus.DUE_SOON);
        assertThat(new StatusRule(14).statusOf(DUE, today, Optional.empty())).isEqualTo(OccurrenceStatus.NOT_YET_DUE);
        assertThat(new StatusRule(0).statusOf(DUE, DUE, Optional.empty())).isEqualTo(OccurrenceStatus.DUE_SOON);
        assertThat(StatusRule.standard().dueSoonDays()).isEqualTo(7);
    }

    @Test
    void aNegativeWindowIsRejected() {
        assertThatThrownBy(() -> new StatusRule(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(names = {"NOT_YET_DUE", "DUE_SOON", "OVERDUE"})
    void notYetDueDueSoonAndOverdueAreOpen(OccurrenceStatus status) {
        assertThat(status.isOpen()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"FINISHED_EARLY", "FINISHED_ON_TIME", "FINISHED_LATE"})
    void finishedStatusesAreNotOpenAndNeedNoAttention(OccurrenceStatus status) {
        assertThat(status.isOpen()).isFalse();
        assertThat(status.needsAttention()).isFalse();
    }

    @Test
    void statusesCarryTheWordsOfficialsUse() {
        assertThat(OccurrenceStatus.OVERDUE.labelVi()).isEqualTo("Quá hạn");
        assertThat(OccurrenceStatus.FINISHED_ON_TIME.labelVi()).isEqualTo("Hoàn thành đúng hạn");
        assertThat(OccurrenceStatus.DUE_SOON.needsAttention()).isTrue();
        assertThat(OccurrenceStatus.NOT_YET_DUE.needsAttention()).isFalse();
    }
}
