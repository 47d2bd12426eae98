package vn.laichau.par.notifier.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.delivery.DispatchReport;
import vn.laichau.par.notifier.delivery.DispatchSettings;
import vn.laichau.par.notifier.delivery.Dispatcher;
import vn.laichau.par.notifier.delivery.SendTimeCheck;
import vn.laichau.par.notifier.delivery.SharedSendBudget;
import vn.laichau.par.notifier.delivery.Sleeper;
import vn.laichau.par.notifier.delivery.TelegramThrottle;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.testing.BotCommandWords;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.outbox.OpenItemsCheck;
import vn.laichau.par.notifier.outbox.OutboxRows;
import vn.laichau.par.notifier.outbox.PlanningRun;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.notifier.testing.NotifierDb;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.ClaimedMessage;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The figures of docs/notifier-benchmark.md, on the test run's MariaDB. Opt-in, it takes minutes:
 * {@code mvn -o -pl notifier test -Dtest=NotifierBenchmark -Dpar.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "par.benchmark", matches = "true")
class NotifierBenchmark {

    private static final int OCCURRENCES = 1_000_000;
    private static final int AGENCIES = 500;
    private static final int TASKS = 50;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MONDAY = LocalDate.of(2025, 10, 13);

    /**
     * Each kind of run is measured {@code par.benchmark.repeat} times (default 5) on the same data, the outbox
     * emptied before each first run, and the median reported. With {@code par.benchmark.jfr=<file>} the first
     * runs are recorded with Java Flight Recorder.
     */
    @Test
    void planningADayForAMillionOccurrences() throws Exception {
        NotifierDb.clean();
        long generating = System.nanoTime();
        generate();
        System.out.printf("generated %,d occurrences in %.1f s%n", OCCURRENCES,
                (System.nanoTime() - generating) / 1e9);

        for (LocalDate day : List.of(MONDAY.minusWeeks(1), MONDAY.minusDays(6))) {
            service(day).plan(day);
            emptyOutbox();
        }
        int repeat = Integer.getInteger("par.benchmark.repeat", 5);
        String jfr = System.getProperty("par.benchmark.jfr", "");
        jdk.jfr.Recording recording = jfr.isBlank() ? null : new jdk.jfr.Recording(
                jdk.jfr.Configuration.getConfiguration("profile"));
        List<String> lines = new ArrayList<>();
        for (LocalDate day : List.of(MONDAY, MONDAY.plusDays(1))) {
            List<PlanningRun> first = new ArrayList<>();
            List<PlanningRun> again = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                emptyOutbox();
                if (recording != null && i == 0 && day.equals(MONDAY)) {
                    recording.start();
                }
                first.add(service(day).plan(day));
                if (recording != null && i == 0 && day.equals(MONDAY)) {
                    recording.dump(java.nio.file.Path.of(jfr));
                    recording.close();
                }
                again.add(service(day).plan(day));
            }
            lines.add(describe(day + " " + day.getDayOfWeek() + " first run", first));
            lines.add(describe(day + " " + day.getDayOfWeek() + " run again", again));
            assertThat(again).allSatisfy(run -> assertThat(run.written()).isZero());
        }
        lines.add(sendTimeCheck());
        lines.forEach(System.out::println);
    }

    /** The cost moved to sending: reading a Monday reminder's items again and writing its text. */
    private static String sendTimeCheck() {
        emptyOutbox();
        service(MONDAY).plan(MONDAY);
        NotifierDb.sql("UPDATE alert_outbox SET next_attempt_at = '2000-01-01' WHERE kind = 'REMINDER'");
        List<ClaimedMessage> claimed = NotifierDb.inTransaction(em -> new OutboxRepository(em)
                .claim("benchmark", Instant.parse("2000-01-01T00:00:01Z"), Duration.ofMinutes(5), 100));
        OpenItemsCheck check = new OpenItemsCheck(new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"),
                AlertPolicy.defaults(), WorkingDayCalendar::vietnam, new AlertMessageRenderer(BotCommandWords.INSTANCE));
        List<Long> micros = new ArrayList<>();
        int items = 0;
        for (ClaimedMessage message : claimed) {
            long start = System.nanoTime();
            SendTimeCheck.Verdict verdict = check.check(message);
            micros.add((System.nanoTime() - start) / 1_000);
            assertThat(verdict).isInstanceOf(SendTimeCheck.Send.class);
            items += message.occurrences().size();
        }
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format("send-time check of %d Monday reminders (%d items each on average): median %.1f ms, "
                        + "p90 %.1f ms per message", claimed.size(), items / Math.max(1, claimed.size()),
                sorted.get(sorted.size() / 2) / 1e3, sorted.get(sorted.size() * 9 / 10) / 1e3);
    }

    private static String describe(String what, List<PlanningRun> runs) {
        PlanningRun last = runs.get(runs.size() - 1);
        return String.format("%s (median of %d): %,d occurrences read in %d ms, %,d messages planned in %d ms, "
                        + "rendered in %d ms, %,d new written in %d ms, total %d ms; totals %s", what, runs.size(),
                last.subjects(), median(runs, PlanningRun::reading), last.alerts(), median(runs, PlanningRun::planning),
                median(runs, PlanningRun::rendering), last.written(), median(runs, PlanningRun::writing),
                median(runs, PlanningRun::total), runs.stream().map(run -> Long.toString(run.total().toMillis()))
                        .toList());
    }

    private static long median(List<PlanningRun> runs, java.util.function.Function<PlanningRun, Duration> part) {
        List<Long> millis = runs.stream().map(run -> part.apply(run).toMillis()).sorted().toList();
        return millis.get(millis.size() / 2);
    }

    private static void emptyOutbox() {
        NotifierDb.sql("SET FOREIGN_KEY_CHECKS = 0", "TRUNCATE TABLE alert_outbox_channel", "TRUNCATE TABLE alert_outbox", "SET FOREIGN_KEY_CHECKS = 1");
    }

    @Test
    void dispatchThroughputAtTelegramsLimits() throws Exception {
        dispatchThroughput("this instance's own rate", TelegramThrottle.telegramLimits());
        dispatchThroughput("the rate shared in the database",
                TelegramThrottle.telegramLimits(SharedSendBudget.telegram(NotifierDb.UNIT_OF_WORK, NotifierDb.sendBudgets())));
    }

    private static void dispatchThroughput(String rate, TelegramThrottle throttle) throws Exception {
        NotifierDb.clean();
        int messages = 900;
        Instant now = MONDAY.atTime(7, 0).atZone(VIETNAM).toInstant();
        List<OutboxRow> rows = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            rows.add(new OutboxRow("REMINDER/daily/" + (100_000 + i) + "/" + MONDAY, "REMINDER", "daily", 100_000 + i,
                    MONDAY, now, "Nhắc hạn", "Còn 3 ngày làm việc", "<b>Nhắc hạn</b>",
                    List.of(new ChannelAddress("TELEGRAM", Long.toString(7_000_000 + i))), Set.of()));
        }
        NotifierDb.inTransaction(em -> new OutboxRepository(em).write(rows, now));
        Duration latency = Duration.ofMillis(Long.getLong("par.benchmark.latency.ms", 5));
        AlertChannel telegram = new AlertChannel() {
            @Override
            public DeliveryChannel channel() {
                return DeliveryChannel.TELEGRAM;
            }

            @Override
            public SendOutcome send(String address, RenderedMessage message) {
                try {
                    Thread.sleep(latency.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return SendOutcome.delivered("1");
            }
        };
        Clock clock = Clock.systemUTC();
        NotifierDb.sql("UPDATE alert_outbox SET not_before = NOW(6), next_attempt_at = NOW(6)");
        Dispatcher dispatcher = new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), NotifierDb.preferences(), List.of(telegram),
                throttle, DispatchSettings.defaults(), clock, Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble(), "benchmark");

        long start = System.nanoTime();
        DispatchReport report = dispatcher.dispatchDue(1_000);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("%s: dispatched %d messages in %.2f s: %.1f messages/s (send latency %d ms, limit 30/s "
                + "with a burst of 30)%n", rate, report.sent(), seconds, report.sent() / seconds, latency.toMillis());
        assertThat(report.sent()).isEqualTo(messages);
    }

    private static AlertPlanningService service(LocalDate day) {
        return new AlertPlanningService(NotifierDb.dataSource(),
                new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"), NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(),
                AlertPolicy.defaults(), WorkingDayCalendar::vietnam, new OutboxRows(new AlertMessageRenderer(BotCommandWords.INSTANCE)),
                Clock.fixed(day.atTime(5, 30).atZone(VIETNAM).toInstant(), VIETNAM));
    }

    /** 500 agencies with two officials and a head each, Sở Nội vụ with two administrators, a million occurrences. */
    private static void generate() throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            s.execute("SET unique_checks = 0");
            StringBuilder agencies = new StringBuilder("INSERT INTO agency (id, code, name, kind) VALUES "
                    + "(1, 'SO_NOI_VU', 'Sở Nội vụ', 'DEPARTMENT')");
            StringBuilder officials = new StringBuilder("INSERT INTO official (id, username, display_name, agency_id, "
                    + "head_of_agency, email, telegram_chat_id) VALUES (1, 'nv1', 'Quản trị 1', 1, FALSE, NULL, 1), "
                    + "(2, 'nv2', 'Quản trị 2', 1, TRUE, NULL, 2)");
            for (int a = 2; a <= AGENCIES + 1; a++) {
                agencies.append(",(").append(a).append(",'A").append(a).append("','Đơn vị ").append(a)
                        .append("','COMMUNE_COMMITTEE')");
                for (int k = 0; k < 3; k++) {
                    long id = a * 10L + k;
                    officials.append(",(").append(id).append(",'u").append(id).append("','Cán bộ ").append(id)
                            .append("',").append(a).append(',').append(k == 2 ? "TRUE" : "FALSE").append(",'u")
                            .append(id).append("@laichau.gov.vn',").append(1_000_000 + id).append(')');
                }
            }
            s.execute(agencies.toString());
            s.execute(officials.toString());
            s.execute("INSERT INTO official_role (official_id, role) VALUES (1, 'ADMIN'), (2, 'LEADER')");
            s.execute("INSERT INTO plan (id, number, title, issuer, issued_on, first_year, last_year) VALUES "
                    + "(1, 'B', 'Kế hoạch', 'UBND tỉnh', '2017-01-01', 2017, 2030)");
            s.execute("INSERT INTO plan_area (id, plan_id, position, numeral, name) VALUES (1, 1, 1, 'I', 'Lĩnh vực')");
            StringBuilder tasks = new StringBuilder("INSERT INTO task (id, plan_id, area_id, position, code, heading, "
                    + "full_text, lead_text, coordinating_text, deadline_phrase, evidence_documents, search_text) VALUES ");
            for (int t = 1; t <= TASKS; t++) {
                tasks.append(t == 1 ? "" : ",").append("(").append(t).append(",1,1,").append(t).append(",'I.")
                        .append(t).append("','Nhiệm vụ ").append(t).append("','Nội dung','Sở','','Hàng năm',"
                                + "'Báo cáo','nhiem vu')");
            }
            s.execute(tasks.toString());
            int chunk = 5_000;
            for (int from = 0; from < OCCURRENCES; from += chunk) {
                StringBuilder sql = new StringBuilder("INSERT INTO occurrence (id, task_id, agency_id, plan_year, "
                        + "period, due_date, evidence_required, finished_on) VALUES ");
                for (int i = from; i < from + chunk; i++) {
                    LocalDate due = MONDAY.plusDays(i % 730 - 365);
                    sql.append(i == from ? "" : ",").append('(').append(i + 1).append(',').append(i % TASKS + 1)
                            .append(',').append(i % AGENCIES + 2).append(',').append(due.getYear()).append(",'P")
                            .append(i).append("','").append(due).append("',TRUE,")
                            .append(i % 3 == 0 ? "'" + due + "'" : "NULL").append(')');
                }
                s.execute(sql.toString());
            }
            s.execute("SET unique_checks = 1");
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
            s.execute("ANALYZE TABLE occurrence");
        }
    }
}
