package vn.laichau.par.notifier.delivery;

import vn.laichau.par.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.channel.EmailChannel;
import vn.laichau.par.notifier.channel.EmailSettings;
import vn.laichau.par.notifier.channel.InAppChannel;
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
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;

class DispatcherTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);
    private static final Instant SEVEN = DUE.atTime(7, 0).atZone(VIETNAM).toInstant();
    private static final String KEY = "REMINDER/daily/1/2025-10-16";

    private final MutableClock clock = new MutableClock(DUE.atTime(5, 30).atZone(VIETNAM).toInstant());
    private final ScriptedChannel telegram = new ScriptedChannel(DeliveryChannel.TELEGRAM);

    @BeforeEach
    void plannedReminder() {
        NotifierDb.clean();
        Seed.province();
        Seed.occurrence(100, Seed.JUSTICE, DUE);
        planning().plan(DUE);
        assertThat(status()).isEqualTo("PENDING");
    }

    private AlertPlanningService planning() {
        return new AlertPlanningService(NotifierDb.dataSource(),
                new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"), NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(),
                AlertPolicy.defaults(), WorkingDayCalendar::vietnam, new OutboxRows(new AlertMessageRenderer(BotCommandWords.INSTANCE)),
                clock);
    }

    private EmailChannel email() {
        return new EmailChannel(Optional.of(EmailSettings.of("127.0.0.1", MAIL.getSmtp().getPort(),
                "cchc@laichau.gov.vn")));
    }

    private Dispatcher dispatcher(String worker, AlertChannel... channels) {
        return dispatcher(worker, DispatchSettings.defaults(), TelegramThrottle.telegramLimits(), channels);
    }

    private Dispatcher dispatcher(String worker, DispatchSettings settings, TelegramThrottle throttle,
                                  AlertChannel... channels) {
        return new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), NotifierDb.preferences(), List.of(channels), throttle, settings, clock,
                clock::advance, () -> 0.0, worker, Sending.check(), Sending.window());
    }

    private static String status() {
        return column("status");
    }

    private static String column(String column) {
        return NotifierDb.rows("SELECT " + column + " FROM alert_outbox WHERE alert_key = '" + KEY + "'").get(0).get(0);
    }

    private static Instant nextAttempt() {
        return java.sql.Timestamp.valueOf(column("next_attempt_at")).toInstant();
    }

    @Test
    void quietHoursHoldTheMessageUntilSevenThenItGoesOutOnTheFirstChannel() throws Exception {
        Dispatcher dispatcher = dispatcher("a", telegram, email());

        clock.set(SEVEN.minusSeconds(1));
        assertThat(dispatcher.dispatchDue(10).claimed()).isZero();
        clock.set(SEVEN);
        DispatchReport report = dispatcher.dispatchDue(10);

        assertThat(report.sent()).isEqualTo(1);
        assertThat(telegram.calls()).singleElement().satisfies(call -> {
            assertThat(call.address()).isEqualTo("1001");
            assertThat(call.message().telegramHtml()).contains("<b>I.3</b>");
        });
        assertThat(status()).isEqualTo("SENT");
        assertThat(column("channel_used")).isEqualTo("TELEGRAM");
        assertThat(column("provider_message_id")).isEqualTo("TELEGRAM-1");
        assertThat(column("attempts")).isEqualTo("1");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(dispatcher.dispatchDue(10).claimed()).isZero();
    }

    @Test
    void tooManyRequestsIsRetriedNoSoonerThanTelegramAsked() throws Exception {
        telegram.then(SendOutcome.transientFailure(Duration.ofSeconds(45), "429 Too Many Requests"));
        Dispatcher dispatcher = dispatcher("a", telegram, email());
        clock.set(SEVEN);

        assertThat(dispatcher.dispatchDue(10).retried()).isEqualTo(1);
        assertThat(status()).isEqualTo("PENDING");
        assertThat(nextAttempt()).isEqualTo(SEVEN.plusSeconds(45));
        assertThat(column("last_error")).contains("429");

        clock.set(SEVEN.plusSeconds(44));
        assertThat(dispatcher.dispatchDue(10).claimed()).isZero();
        clock.set(SEVEN.plusSeconds(45));
        assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(1);
        assertThat(column("attempts")).isEqualTo("2");
        assertThat(telegram.calls()).hasSize(2);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void serverErrorsTimeOutsAndGarbledAnswersBackOffExponentiallyThenFallBackToEmail() throws Exception {
        ScriptedChannel failing = new ScriptedChannel(DeliveryChannel.TELEGRAM,
                () -> SendOutcome.transientFailure(Duration.ZERO, "500 Internal Server Error"));
        failing.then(SendOutcome.transientFailure(Duration.ZERO, "time-out after 30 s"),
                SendOutcome.transientFailure(Duration.ZERO, "error code 0: not the Bot API's JSON (HTML 502)"));
        Dispatcher dispatcher = dispatcher("a", failing, email());
        clock.set(SEVEN);

        List<Duration> waits = new ArrayList<>();
        while (!status().equals("SENT")) {
            Instant before = clock.instant();
            dispatcher.dispatchDue(10);
            if (status().equals("PENDING")) {
                waits.add(Duration.between(before, nextAttempt()));
                clock.set(nextAttempt());
            }
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(240), Duration.ofSeconds(480), Duration.ofSeconds(960), Duration.ofSeconds(1920));
        assertThat(failing.calls()).hasSize(8);
        assertThat(column("channel_used")).isEqualTo("EMAIL");
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("lan@laichau.gov.vn");
        assertThat(mails[0].getSubject()).isEqualTo(column("subject_line"));
        assertThat((String) mails[0].getContent()).contains("I.3");
    }

    @Test
    void aBlockedBotMarksTheChannelBrokenAndTheSameRunFallsBackToEmail() throws Exception {
        telegram.then(SendOutcome.permanentFailure("403 Forbidden: bot was blocked by the user", true));
        Dispatcher dispatcher = dispatcher("a", telegram, email());
        clock.set(SEVEN);

        assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(1);

        assertThat(column("channel_used")).isEqualTo("EMAIL");
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(NotifierDb.rows("SELECT recipient_id, channel, address FROM recipient_channel_state"))
                .containsExactly(List.of("1", "TELEGRAM", "1001"));

        LocalDate next = DUE.plusDays(1);
        clock.set(next.atTime(5, 0).atZone(VIETNAM).toInstant());
        planning().plan(next);
        clock.set(next.atTime(7, 0).atZone(VIETNAM).toInstant());
        assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(1);
        assertThat(telegram.calls()).as("the broken chat is not tried again").hasSize(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void withEveryOtherChannelRefusingTheMessageLandsInTheInAppFeed() throws Exception {
        telegram.then(SendOutcome.permanentFailure("400 Bad Request: chat not found", true));
        Dispatcher dispatcher = dispatcher("a", telegram, email(),
                new InAppChannel(NotifierDb.UNIT_OF_WORK, NotifierDb.notifications(clock)));
        NotifierDb.sql("DELETE FROM alert_outbox");
        write(row("HEAD_ESCALATION/daily/3/2025-10-16", 3,
                List.of(new ChannelAddress("TELEGRAM", "1003"), new ChannelAddress("IN_APP", "3"))));
        clock.set(SEVEN);

        assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(1);

        assertThat(NotifierDb.rows("SELECT official_id, title, body FROM notification"))
                .containsExactly(List.of("3", "Tiêu đề", "Nội dung"));
        assertThat(NotifierDb.rows("SELECT channel_used FROM alert_outbox WHERE recipient_id = 3"))
                .containsExactly(List.of("IN_APP"));
    }

    @Test
    void aMessageNoChannelCanTakeIsDeadAndAnAdministratorCanRetryIt() throws Exception {
        telegram.then(SendOutcome.permanentFailure("403 Forbidden: user is deactivated", true));
        write(row("HEAD_ESCALATION/daily/3/2025-10-16", 3, List.of(new ChannelAddress("TELEGRAM", "1003"))));
        NotifierDb.sql("UPDATE alert_outbox SET next_attempt_at = '2030-01-01' WHERE alert_key = '" + KEY + "'");
        Dispatcher dispatcher = dispatcher("a", telegram, email());
        clock.set(SEVEN);

        assertThat(dispatcher.dispatchDue(10).dead()).isEqualTo(1);
        List<String> dead = NotifierDb.rows("SELECT id, status, last_error FROM alert_outbox WHERE recipient_id = 3")
                .get(0);
        assertThat(dead.get(1)).isEqualTo("DEAD");
        assertThat(dead.get(2)).contains("deactivated");

        NotifierDb.sql("DELETE FROM recipient_channel_state");
        boolean revived = NotifierDb.inTransaction(em -> new OutboxRepository(em)
                .retry(Long.parseLong(dead.get(0)), clock.instant()));
        assertThat(revived).isTrue();
        assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(1);
        assertThat(NotifierDb.rows("SELECT status, attempts FROM alert_outbox WHERE recipient_id = 3"))
                .containsExactly(List.of("SENT", "1"));
    }

    @Test
    void aMessageWhoseItemsWereAllFinishedSincePlanningIsDropped() throws Exception {
        Seed.finish(100, DUE);
        Dispatcher dispatcher = dispatcher("a", telegram, email());
        clock.set(SEVEN);

        assertThat(dispatcher.dispatchDue(10).dropped()).isEqualTo(1);

        assertThat(status()).isEqualTo("DROPPED");
        assertThat(telegram.calls()).isEmpty();
    }

    @Test
    void aDispatcherKilledBetweenClaimAndSendLosesNothing() throws Exception {
        clock.set(SEVEN);
        var claimed = NotifierDb.inTransaction(em -> new OutboxRepository(em)
                .claim("killed", clock.instant(), Duration.ofMinutes(5), 50));
        assertThat(claimed).hasSize(1);
        Dispatcher survivor = dispatcher("survivor", telegram, email());

        clock.set(SEVEN.plus(Duration.ofMinutes(4)));
        assertThat(survivor.dispatchDue(10).claimed()).as("the lease still holds").isZero();
        clock.set(SEVEN.plus(Duration.ofMinutes(5)));
        assertThat(survivor.dispatchDue(10).sent()).isEqualTo(1);

        boolean lateRecord = NotifierDb.inTransaction(em -> new OutboxRepository(em)
                .markSent(claimed.get(0).id(), "killed", clock.instant(), "TELEGRAM", "x"));
        assertThat(lateRecord).as("the dead claimant cannot overwrite the outcome").isFalse();
        assertThat(telegram.calls()).hasSize(1);
        assertThat(column("attempts")).isEqualTo("2");
        assertThat(column("provider_message_id")).isEqualTo("TELEGRAM-1");
    }

    @Test
    void messagesStillUnsentAfterHalfTheLeaseAreGivenBackUncounted() throws Exception {
        NotifierDb.sql("DELETE FROM alert_outbox");
        write(row("REMINDER/daily/21/2025-10-16", 21, List.of(new ChannelAddress("TELEGRAM", "21"))),
                row("REMINDER/daily/22/2025-10-16", 22, List.of(new ChannelAddress("TELEGRAM", "22"))));
        ScriptedChannel slow = new ScriptedChannel(DeliveryChannel.TELEGRAM, () -> {
            clock.advance(Duration.ofMinutes(3));
            return SendOutcome.delivered("slow");
        });
        clock.set(SEVEN);

        DispatchReport report = dispatcher("a", slow).dispatchBatch();

        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.deferred()).isEqualTo(1);
        assertThat(NotifierDb.rows("SELECT status, attempts, claimed_by FROM alert_outbox WHERE status <> 'SENT'"))
                .containsExactly(java.util.Arrays.asList("PENDING", "0", null));
    }

    @Test
    void twoDispatchersRunningConcurrentlyDeliverEachMessageExactlyOnce() throws Exception {
        int messages = 300;
        List<OutboxRow> rows = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            rows.add(row("REMINDER/daily/" + (10_000 + i) + "/2025-10-16", 10_000 + i,
                    List.of(new ChannelAddress("TELEGRAM", Long.toString(50_000 + i)))));
        }
        write(rows.toArray(OutboxRow[]::new));
        clock.set(SEVEN);
        ScriptedChannel shared = new ScriptedChannel(DeliveryChannel.TELEGRAM);
        TelegramThrottle unlimited = new TelegramThrottle(1_000_000, 1_000, 1_000);
        DispatchSettings small = DispatchSettings.defaults().withBatchSize(7);
        Dispatcher first = dispatcher("first", small, unlimited, shared);
        Dispatcher second = dispatcher("second", small, unlimited, shared);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<DispatchReport>> runs = List.of(() -> first.dispatchDue(1_000),
                    () -> second.dispatchDue(1_000));
            List<DispatchReport> reports = new ArrayList<>();
            for (Future<DispatchReport> run : threads.invokeAll(runs)) {
                reports.add(run.get());
            }

            Map<String, Long> perAddress = shared.calls().stream()
                    .collect(Collectors.groupingBy(ScriptedChannel.Call::address, Collectors.counting()));
            assertThat(shared.calls()).hasSize(messages + 1);
            assertThat(perAddress).hasSize(messages + 1).allSatisfy((address, count) -> assertThat(count).isOne());
            assertThat(reports).allSatisfy(report -> assertThat(report.sent()).isPositive());
            assertThat(reports.get(0).sent() + reports.get(1).sent()).isEqualTo(messages + 1);
            assertThat(NotifierDb.count("SELECT COUNT(*) FROM alert_outbox WHERE status = 'SENT'"))
                    .isEqualTo(messages + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    private static OutboxRow row(String key, long recipient, List<ChannelAddress> channels) {
        return new OutboxRow(key, key.substring(0, key.indexOf('/')), "daily", recipient, DUE, SEVEN, "Tiêu đề",
                "Nội dung", "<b>Nội dung</b>", channels, Set.of());
    }

    private static void write(OutboxRow... rows) {
        NotifierDb.inTransaction(em -> new OutboxRepository(em).write(List.of(rows), Instant.EPOCH));
    }
}
