package vn.laichau.par.notifier.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.notifier.testing.NotifierDb;
import vn.laichau.par.notifier.testing.Seed;

/** The settings officials store through the bot's {@code /caidat} shape what the planner writes to the outbox. */
class StoredPreferencesPlanningTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);

    @BeforeEach
    void province() {
        NotifierDb.clean();
        Seed.province();
        Seed.occurrence(100, Seed.JUSTICE, DUE);
    }

    private static void plan(LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Planning.service(day.atTime(5, 30).atZone(VIETNAM).toInstant()).plan(day);
        }
    }

    private static List<String> outbox() {
        return NotifierDb.rows("SELECT plan_day, kind, recipient_id FROM alert_outbox ORDER BY plan_day, kind, "
                + "recipient_id").stream().map(row -> row.get(0) + " " + row.get(1) + "@" + row.get(2)).toList();
    }

    private static List<List<String>> channelsOf(String key) {
        return NotifierDb.rows("SELECT channel, address FROM alert_outbox_channel WHERE alert_key = '" + key
                + "' ORDER BY position");
    }

    @Test
    void aMutedTaskBringsItsOfficialNoReminderButStaysInTheMonitoringAgencysDigest() {
        NotifierDb.sql("INSERT INTO telegram_preference (official_id) VALUES (1)",
                "INSERT INTO telegram_muted_task (official_id, task_id) VALUES (1, 50)");

        plan(LocalDate.of(2025, 9, 20), LocalDate.of(2025, 10, 27));

        assertThat(outbox()).containsExactly(
                "2025-10-20 WEEKLY_DIGEST@8", "2025-10-20 WEEKLY_DIGEST@9",
                "2025-10-21 HEAD_ESCALATION@3",
                "2025-10-27 WEEKLY_DIGEST@8", "2025-10-27 WEEKLY_DIGEST@9");
        assertThat(NotifierDb.rows("SELECT plain_text FROM alert_outbox WHERE kind = 'WEEKLY_DIGEST' "
                + "AND recipient_id = 8 AND plan_day = '2025-10-20'").get(0).get(0))
                .contains("I.3").contains("Sở Tư pháp");
    }

    @Test
    void aTaskMutedByAnotherOfficialStillBringsTheReminder() {
        NotifierDb.sql("INSERT INTO telegram_preference (official_id) VALUES (8)",
                "INSERT INTO telegram_muted_task (official_id, task_id) VALUES (8, 50)");

        plan(DUE, DUE);

        assertThat(outbox()).containsExactly("2025-10-16 REMINDER@1");
        assertThat(channelsOf("REMINDER/daily/1/2025-10-16")).containsExactly(List.of("TELEGRAM", "1001"),
                List.of("EMAIL", "lan@laichau.gov.vn"), List.of("IN_APP", "1"));
    }

    @Test
    void anOfficialWhoSwitchedTelegramOffIsReachedByEmailThenInTheApp() {
        NotifierDb.sql("INSERT INTO telegram_preference (official_id, telegram_alerts) VALUES (1, FALSE)");

        plan(DUE, DUE);

        assertThat(outbox()).containsExactly("2025-10-16 REMINDER@1");
        assertThat(channelsOf("REMINDER/daily/1/2025-10-16"))
                .containsExactly(List.of("EMAIL", "lan@laichau.gov.vn"), List.of("IN_APP", "1"));
    }

    @Test
    void anOfficialWhoSwitchedBothMessengersOffKeepsTheInAppFeed() {
        NotifierDb.sql("INSERT INTO telegram_preference (official_id, telegram_alerts, email_alerts) "
                + "VALUES (1, FALSE, FALSE)");

        plan(DUE, DUE);

        assertThat(channelsOf("REMINDER/daily/1/2025-10-16")).containsExactly(List.of("IN_APP", "1"));
    }

    @Test
    void anOfficialWhoSwitchedEmailOffIsReachedOnTelegramThenInTheApp() {
        NotifierDb.sql("INSERT INTO telegram_preference (official_id, email_alerts) VALUES (1, FALSE)");

        plan(DUE, DUE);

        assertThat(channelsOf("REMINDER/daily/1/2025-10-16"))
                .containsExactly(List.of("TELEGRAM", "1001"), List.of("IN_APP", "1"));
    }

    @Test
    void anOfficialsOwnQuietHoursHoldTheReminderUntilTheyEnd() {
        NotifierDb.sql("INSERT INTO telegram_preference (official_id, quiet_from, quiet_to) "
                + "VALUES (1, '20:00:00', '08:30:00')");

        plan(DUE, DUE);

        assertThat(NotifierDb.rows("SELECT not_before, next_attempt_at FROM alert_outbox "
                + "WHERE alert_key = 'REMINDER/daily/1/2025-10-16'").get(0))
                .as("08:30 in Lai Châu").allMatch(time -> time.startsWith("2025-10-16 01:30:00"));
    }
}
