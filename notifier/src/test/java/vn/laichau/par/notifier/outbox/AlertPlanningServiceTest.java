package vn.laichau.par.notifier.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.notifier.testing.NotifierDb;
import vn.laichau.par.notifier.testing.Seed;
import vn.laichau.par.persistence.outbox.OutboxRepository;

class AlertPlanningServiceTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);

    @BeforeEach
    void province() {
        NotifierDb.clean();
        Seed.province();
    }

    private static PlanningRun plan(LocalDate day) {
        return Planning.service(day.atTime(5, 30).atZone(VIETNAM).toInstant()).plan(day);
    }

    private static List<String> outbox() {
        return NotifierDb.rows("SELECT plan_day, kind, recipient_id FROM alert_outbox ORDER BY plan_day, kind, "
                + "recipient_id").stream().map(row -> row.get(0) + " " + row.get(1) + "@" + row.get(2)).toList();
    }

    @Test
    void theFullScheduleOfOneOccurrenceAcrossAYearReachesTheOutboxOnce() {
        Seed.occurrence(100, Seed.JUSTICE, DUE);
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() == 2025; day = day.plusDays(1)) {
            if (day.equals(LocalDate.of(2025, 11, 5))) {
                Seed.finish(100, day);
            }
            plan(day);
            plan(day);
        }

        assertThat(outbox()).containsExactly(
                "2025-09-26 REMINDER@1",
                "2025-10-07 REMINDER@1",
                "2025-10-13 REMINDER@1",
                "2025-10-15 REMINDER@1",
                "2025-10-16 REMINDER@1",
                "2025-10-17 REMINDER@1",
                "2025-10-20 WEEKLY_DIGEST@8", "2025-10-20 WEEKLY_DIGEST@9",
                "2025-10-21 HEAD_ESCALATION@3",
                "2025-10-24 REMINDER@1",
                "2025-10-27 WEEKLY_DIGEST@8", "2025-10-27 WEEKLY_DIGEST@9",
                "2025-10-31 REMINDER@1",
                "2025-11-03 MONTHLY_SUMMARY@8", "2025-11-03 MONTHLY_SUMMARY@9",
                "2025-11-03 WEEKLY_DIGEST@8", "2025-11-03 WEEKLY_DIGEST@9");
        assertThat(NotifierDb.rows("SELECT alert_key, items FROM alert_outbox WHERE plan_day = '2025-10-16'"))
                .containsExactly(List.of("REMINDER/daily/1/2025-10-16", "2025-10-16:100"));
        assertThat(NotifierDb.rows("SELECT channel, address FROM alert_outbox_channel "
                + "WHERE alert_key = 'REMINDER/daily/1/2025-10-16' ORDER BY position"))
                .containsExactly(List.of("TELEGRAM", "1001"), List.of("EMAIL", "lan@laichau.gov.vn"),
                        List.of("IN_APP", "1"));
    }

    @Test
    void aReminderIsStoredWithItsSubjectLineAndItsTextIsLeftForSendingTime() {
        Seed.occurrence(100, Seed.JUSTICE, DUE);

        plan(DUE);

        List<String> row = NotifierDb.rows("SELECT subject_line, plain_text, telegram_html, status, not_before, "
                + "next_attempt_at, items FROM alert_outbox").get(0);
        assertThat(row.get(0)).isEqualTo("Nhắc việc CCHC ngày 16/10/2025: 1 nhiệm vụ của Sở Tư pháp");
        assertThat(row.get(1)).as("written from the items still open when it is sent").isEmpty();
        assertThat(row.get(2)).isEmpty();
        assertThat(row.get(3)).isEqualTo("PENDING");
        assertThat(row.get(4)).as("held until 07:00 in Lai Châu").startsWith("2025-10-16 00:00:00");
        assertThat(row.get(5)).isEqualTo(row.get(4));
        assertThat(row.get(6)).as("each item with its due date at planning").isEqualTo("2025-10-16:100");
    }

    @Test
    void aDigestIsStoredRenderedForEveryChannel() {
        Seed.occurrence(100, Seed.JUSTICE, DUE);

        plan(LocalDate.of(2025, 10, 20));

        List<String> row = NotifierDb.rows("SELECT plain_text, telegram_html, items FROM alert_outbox "
                + "WHERE kind = 'WEEKLY_DIGEST' AND recipient_id = 8").get(0);
        assertThat(row.get(0)).contains("I.3").contains("16/10/2025").contains("Sở Tư pháp (1)");
        assertThat(row.get(1)).contains("<b>I.3</b>");
        assertThat(row.get(2)).isNull();
    }

    @Test
    void severalItemsDueTheSameDayAreMergedIntoOneMessagePerPerson() {
        Seed.occurrence(100, Seed.JUSTICE, DUE);
        Seed.occurrence(101, Seed.JUSTICE, DUE);
        Seed.occurrence(102, Seed.JUSTICE, LocalDate.of(2025, 10, 13));

        PlanningRun run = plan(LocalDate.of(2025, 10, 13));

        assertThat(run.alerts()).isEqualTo(1);
        assertThat(outbox()).containsExactly("2025-10-13 REMINDER@1");
        List<Long> listed = NotifierDb.inTransaction(em -> new OutboxRepository(em)
                .occurrencesOf("REMINDER/daily/1/2025-10-13"));
        assertThat(listed).containsExactly(100L, 101L, 102L);
    }

    @Test
    void anExtensionReschedulesTheRemindersToTheNewDueDate() {
        Seed.occurrence(100, Seed.JUSTICE, DUE);
        LocalDate decided = LocalDate.of(2025, 10, 10);
        for (LocalDate day = LocalDate.of(2025, 10, 1); !day.isAfter(LocalDate.of(2025, 11, 18)); day = day.plusDays(1)) {
            if (day.equals(decided)) {
                Seed.extend(100, DUE, LocalDate.of(2025, 11, 14));
            }
            plan(day);
        }

        assertThat(outbox()).filteredOn(line -> line.contains("REMINDER")).containsExactly(
                "2025-10-07 REMINDER@1",
                "2025-10-27 REMINDER@1",
                "2025-11-05 REMINDER@1",
                "2025-11-11 REMINDER@1",
                "2025-11-13 REMINDER@1",
                "2025-11-14 REMINDER@1",
                "2025-11-17 REMINDER@1");
    }

    @Test
    void nothingIsPlannedAfterCompletion() {
        Seed.occurrence(100, Seed.JUSTICE, DUE);
        Seed.finish(100, LocalDate.of(2025, 10, 1));

        for (LocalDate day = LocalDate.of(2025, 10, 2); !day.isAfter(LocalDate.of(2025, 12, 31)); day = day.plusDays(1)) {
            plan(day);
        }

        assertThat(outbox()).containsExactly("2025-11-03 MONTHLY_SUMMARY@8", "2025-11-03 MONTHLY_SUMMARY@9");
    }

    @Test
    void planningTheSameDayOnFourServersAtOnceWritesEachMessageOnce() throws Exception {
        for (int i = 0; i < 40; i++) {
            Seed.occurrence(100 + i, i % 2 == 0 ? Seed.JUSTICE : Seed.HOME_AFFAIRS, DUE.minusDays(i % 5));
        }
        LocalDate day = LocalDate.of(2025, 10, 20);
        ExecutorService servers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<PlanningRun>> runs = new ArrayList<>();
            for (int server = 0; server < 4; server++) {
                runs.add(() -> Planning.service(Instant.parse("2025-10-19T22:30:00Z")).plan(day));
            }
            List<PlanningRun> results = new ArrayList<>();
            for (Future<PlanningRun> run : servers.invokeAll(runs)) {
                results.add(run.get());
            }
            int planned = results.stream().filter(r -> !r.skipped()).findFirst().orElseThrow().alerts();
            plan(day);

            assertThat(results.stream().mapToInt(PlanningRun::written).sum()).isEqualTo(planned);
            assertThat(NotifierDb.count("SELECT COUNT(*) FROM alert_outbox")).isEqualTo(planned);
            assertThat(NotifierDb.count("SELECT COUNT(DISTINCT alert_key) FROM alert_outbox")).isEqualTo(planned);
        } finally {
            servers.shutdownNow();
        }
    }
}
