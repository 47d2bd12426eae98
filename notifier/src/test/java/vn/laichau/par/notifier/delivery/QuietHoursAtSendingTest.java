package vn.laichau.par.notifier.delivery;

import vn.laichau.par.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.testing.BotCommandWords;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.outbox.OutboxRows;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.notifier.testing.NotifierDb;
import vn.laichau.par.notifier.testing.Seed;

/** Retries, and messages found due, wait out the policy's quiet hours and the recipient's own from /caidat. */
class QuietHoursAtSendingTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);
    private static final String KEY = "REMINDER/daily/1/2025-10-16";

    private final MutableClock clock = new MutableClock(DUE.atTime(5, 30).atZone(VIETNAM).toInstant());
    private final ScriptedChannel telegram = new ScriptedChannel(DeliveryChannel.TELEGRAM);

    @BeforeEach
    void plannedReminder() {
        NotifierDb.clean();
        Seed.province();
        Seed.occurrence(100, Seed.JUSTICE, DUE);
        new AlertPlanningService(NotifierDb.dataSource(), new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"),
                NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), AlertPolicy.defaults(), WorkingDayCalendar::vietnam,
                new OutboxRows(new AlertMessageRenderer(BotCommandWords.INSTANCE)), clock).plan(DUE);
    }

    private Dispatcher dispatcher() {
        return new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), NotifierDb.preferences(), List.of(telegram), TelegramThrottle.telegramLimits(),
                DispatchSettings.defaults(), clock, clock::advance, () -> 0.0, "a", Sending.check(),
                Sending.window());
    }

    private static Instant at(LocalDate day, int hour, int minute, int second) {
        return day.atTime(hour, minute, second).atZone(VIETNAM).toInstant();
    }

    private static List<String> row() {
        return NotifierDb.rows("SELECT status, attempts, next_attempt_at FROM alert_outbox WHERE alert_key = '"
                + KEY + "'").get(0);
    }

    private static Instant nextAttempt() {
        return Timestamp.valueOf(row().get(2)).toInstant();
    }

    @Test
    void aRetryThatWouldFallInThePersonsOwnQuietHoursWaitsForTheirEnd() throws Exception {
        NotifierDb.sql("INSERT INTO telegram_preference (official_id, quiet_from, quiet_to) "
                + "VALUES (1, '11:00:00', '14:00:00')");
        telegram.then(SendOutcome.transientFailure(Duration.ZERO, "500 Internal Server Error"));
        clock.set(at(DUE, 10, 59, 50));

        assertThat(dispatcher().dispatchDue(10).retried()).isEqualTo(1);

        assertThat(nextAttempt()).as("not 11:00:20, inside the lunch hours set in /caidat")
                .isEqualTo(at(DUE, 14, 0, 0));
        clock.set(at(DUE, 13, 59, 59));
        assertThat(dispatcher().dispatchDue(10).claimed()).isZero();
        clock.set(at(DUE, 14, 0, 0));
        assertThat(dispatcher().dispatchDue(10).sent()).isEqualTo(1);
        assertThat(telegram.calls()).hasSize(2);
    }

    @Test
    void aRetryThatWouldFallInThePolicysQuietHoursWaitsForTheNextWorkingMorning() throws Exception {
        telegram.then(SendOutcome.transientFailure(Duration.ZERO, "time-out after 30 s"));
        clock.set(at(DUE, 20, 59, 50));

        assertThat(dispatcher().dispatchDue(10).retried()).isEqualTo(1);

        assertThat(nextAttempt()).as("Friday 07:00, not 21:00:20").isEqualTo(at(DUE.plusDays(1), 7, 0, 0));
    }

    @Test
    void aRetryOutsideEveryQuietHourKeepsItsBackoff() throws Exception {
        NotifierDb.sql("INSERT INTO telegram_preference (official_id, quiet_from, quiet_to) "
                + "VALUES (1, '11:00:00', '14:00:00')");
        telegram.then(SendOutcome.transientFailure(Duration.ZERO, "500 Internal Server Error"));
        clock.set(at(DUE, 9, 0, 0));

        dispatcher().dispatchDue(10);

        assertThat(nextAttempt()).isEqualTo(at(DUE, 9, 0, 30));
    }

    @Test
    void quietHoursSetAfterPlanningHoldAMessageFoundDueWithoutCountingAnAttempt() throws Exception {
        NotifierDb.sql("INSERT INTO telegram_preference (official_id, quiet_from, quiet_to) "
                + "VALUES (1, '06:00:00', '09:30:00')");
        clock.set(at(DUE, 7, 0, 0));

        assertThat(dispatcher().dispatchDue(10).deferred()).isEqualTo(1);

        assertThat(telegram.calls()).isEmpty();
        assertThat(row().subList(0, 2)).containsExactly("PENDING", "0");
        assertThat(nextAttempt()).isEqualTo(at(DUE, 9, 30, 0));
    }
}
