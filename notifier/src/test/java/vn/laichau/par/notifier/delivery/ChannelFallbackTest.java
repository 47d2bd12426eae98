package vn.laichau.par.notifier.delivery;

import vn.laichau.par.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.channel.EmailChannel;
import vn.laichau.par.notifier.channel.EmailSettings;
import vn.laichau.par.notifier.channel.InAppChannel;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.outbox.OutboxRows;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.testing.BotCommandWords;
import vn.laichau.par.notifier.testing.NotifierDb;
import vn.laichau.par.notifier.testing.Seed;

/**
 * Fallback between an official's channels: Zalo, Telegram, e-mail in the official's order, then the in-app feed.
 * A channel that cannot deliver passes the alert on in the same run; a transient failure is retried on the same
 * channel first; every try is in the delivery log; an alert is delivered once, on one channel.
 */
class ChannelFallbackTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);
    private static final Instant SEVEN = DUE.atTime(7, 0).atZone(VIETNAM).toInstant();
    private static final String KEY = "REMINDER/daily/1/2025-10-16";

    private final MutableClock clock = new MutableClock(DUE.atTime(5, 30).atZone(VIETNAM).toInstant());
    private final ScriptedChannel zalo = new ScriptedChannel(DeliveryChannel.ZALO);
    private final ScriptedChannel telegram = new ScriptedChannel(DeliveryChannel.TELEGRAM);

    @BeforeEach
    void linkedOnBothMessengers() {
        NotifierDb.clean();
        Seed.province();
        NotifierDb.sql("UPDATE official SET zalo_user_id = 'zalo-lan' WHERE id = 1");
        Seed.occurrence(100, Seed.JUSTICE, DUE);
    }

    private void plan() {
        new AlertPlanningService(NotifierDb.dataSource(), new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"),
                NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), AlertPolicy.defaults(), WorkingDayCalendar::vietnam,
                new OutboxRows(new AlertMessageRenderer(BotCommandWords.INSTANCE)), clock).plan(DUE);
        clock.set(SEVEN);
    }

    private Dispatcher dispatcher(String worker, AlertChannel... channels) {
        return new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), NotifierDb.preferences(), List.of(channels),
                TelegramThrottle.telegramLimits(), DispatchSettings.defaults(), clock, clock::advance, () -> 0.0, worker,
                Sending.check(), Sending.window());
    }

    private EmailChannel email() {
        return new EmailChannel(Optional.of(EmailSettings.of("127.0.0.1", MAIL.getSmtp().getPort(),
                "cchc@laichau.gov.vn")));
    }

    private InAppChannel inApp() {
        return new InAppChannel(NotifierDb.UNIT_OF_WORK, NotifierDb.notifications(clock));
    }

    private static String column(String column) {
        return NotifierDb.rows("SELECT " + column + " FROM alert_outbox WHERE alert_key = '" + KEY + "'").get(0).get(0);
    }

    /** The delivery log of the alert as "CHANNEL OUTCOME" lines, oldest first. */
    private static List<String> log() {
        return NotifierDb.rows("SELECT CONCAT(d.channel, ' ', d.outcome) FROM alert_delivery_attempt d "
                + "JOIN alert_outbox a ON a.id = d.alert_id WHERE a.alert_key = '" + KEY + "' ORDER BY d.id")
                .stream().map(row -> row.get(0)).toList();
    }

    @Test
    void channelsArePlannedInTheDefaultOrderZaloTelegramEmailThenTheFeed() {
        plan();
        assertThat(NotifierDb.rows("SELECT CONCAT(channel, ':', address) FROM alert_outbox_channel WHERE alert_key = '"
                + KEY + "' ORDER BY position").stream().map(row -> row.get(0)).toList())
                .containsExactly("ZALO:zalo-lan", "TELEGRAM:1001", "EMAIL:lan@laichau.gov.vn", "IN_APP:1");
    }

    @Test
    void anOfficialsOwnOrderIsFollowedAndAChannelLeftOutIsNotUsed() {
        NotifierDb.sql("INSERT INTO official_alert_channels (official_id, channels, updated_at) "
                + "VALUES (1, 'TELEGRAM,ZALO', NOW())");
        plan();
        assertThat(NotifierDb.rows("SELECT channel FROM alert_outbox_channel WHERE alert_key = '" + KEY
                + "' ORDER BY position").stream().map(row -> row.get(0)).toList())
                .containsExactly("TELEGRAM", "ZALO", "IN_APP");
    }

    @Test
    void telegramRefusingConnectionsPassesTheAlertToZaloInTheSameRunAndItArrivesOnce() throws Exception {
        NotifierDb.sql("INSERT INTO official_alert_channels (official_id, channels, updated_at) "
                + "VALUES (1, 'TELEGRAM,ZALO,EMAIL', NOW())");
        plan();
        telegram.then(SendOutcome.unavailable("sendMessage could not reach the Bot API: ConnectException"));

        DispatchReport report = dispatcher("a", telegram, zalo, email(), inApp()).dispatchDue(10);

        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.retried()).isZero();
        assertThat(zalo.calls()).singleElement().satisfies(call -> assertThat(call.address()).isEqualTo("zalo-lan"));
        assertThat(column("status")).isEqualTo("SENT");
        assertThat(column("channel_used")).isEqualTo("ZALO");
        assertThat(log()).containsExactly("TELEGRAM UNAVAILABLE", "ZALO DELIVERED");
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM recipient_channel_state")).isZero();

        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher("b", telegram, zalo, email(), inApp()).dispatchDue(10).claimed()).isZero();
        assertThat(telegram.calls()).hasSize(1);
        assertThat(zalo.calls()).hasSize(1);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM notification")).isZero();
    }

    @Test
    void bothMessengersDownTheAlertGoesByEmail() throws Exception {
        plan();
        zalo.outOfReach();
        telegram.then(SendOutcome.unavailable("sendMessage could not reach the Bot API: UnknownHostException"));

        assertThat(dispatcher("a", zalo, telegram, email(), inApp()).dispatchDue(10).sent()).isEqualTo(1);

        assertThat(zalo.calls()).isEmpty();
        assertThat(column("channel_used")).isEqualTo("EMAIL");
        assertThat(MAIL.getReceivedMessages()).singleElement().satisfies(mail ->
                assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lan@laichau.gov.vn"));
        assertThat(log()).containsExactly("ZALO UNAVAILABLE", "TELEGRAM UNAVAILABLE", "EMAIL DELIVERED");
    }

    @Test
    void bothMessengersDownAndNoMailTheAlertIsInTheFeed() throws Exception {
        NotifierDb.sql("UPDATE official SET email = NULL WHERE id = 1");
        plan();
        zalo.then(SendOutcome.unavailable("getUpdates: ConnectException"));
        telegram.outOfReach();

        assertThat(dispatcher("a", zalo, telegram, email(), inApp()).dispatchDue(10).sent()).isEqualTo(1);

        assertThat(column("channel_used")).isEqualTo("IN_APP");
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM notification WHERE official_id = 1")).isEqualTo(1);
        assertThat(log()).containsExactly("ZALO UNAVAILABLE", "TELEGRAM UNAVAILABLE", "IN_APP DELIVERED");
    }

    @Test
    void aTransientFailureIsRetriedOnTheSameChannelBeforeAnyOther() throws Exception {
        plan();
        zalo.then(SendOutcome.transientFailure(Duration.ofSeconds(30), "Zalo 429: too many requests"));

        Dispatcher dispatcher = dispatcher("a", zalo, telegram, email(), inApp());
        assertThat(dispatcher.dispatchDue(10).retried()).isEqualTo(1);
        assertThat(telegram.calls()).isEmpty();
        assertThat(column("status")).isEqualTo("PENDING");

        clock.advance(Duration.ofSeconds(30));
        assertThat(dispatcher.dispatchDue(10).sent()).isEqualTo(1);
        assertThat(zalo.calls()).hasSize(2);
        assertThat(telegram.calls()).isEmpty();
        assertThat(column("channel_used")).isEqualTo("ZALO");
        assertThat(log()).containsExactly("ZALO TRANSIENT", "ZALO DELIVERED");
    }

    @Test
    void aTransientFailureThatOutlastsItsAttemptsGoesToTheNextChannel() throws Exception {
        plan();
        int attempts = DispatchSettings.defaults().maxAttempts();
        for (int i = 0; i < attempts; i++) {
            zalo.then(SendOutcome.transientFailure(Duration.ZERO, "Zalo 502"));
        }
        Dispatcher dispatcher = dispatcher("a", zalo, telegram, email(), inApp());
        for (int i = 0; i < attempts * 3 && !"SENT".equals(column("status")); i++) {
            dispatcher.dispatchDue(10);
            Instant next = java.sql.Timestamp.valueOf(column("next_attempt_at")).toInstant();
            clock.set(next.isAfter(clock.instant()) ? next : clock.instant());
        }
        assertThat(column("status")).isEqualTo("SENT");
        assertThat(column("channel_used")).isEqualTo("TELEGRAM");
        assertThat(zalo.calls()).hasSize(attempts);
        assertThat(telegram.calls()).hasSize(1);
        assertThat(log()).endsWith("ZALO UNAVAILABLE", "TELEGRAM DELIVERED");
    }

    @Test
    void aUserWhoBlockedTheZaloBotIsReachedOnTelegramAndZaloIsMarkedBrokenForThem() throws Exception {
        plan();
        zalo.then(SendOutcome.permanentFailure("Zalo 403: the user has blocked the bot", true));

        assertThat(dispatcher("a", zalo, telegram, email(), inApp()).dispatchDue(10).sent()).isEqualTo(1);

        assertThat(column("channel_used")).isEqualTo("TELEGRAM");
        assertThat(log()).containsExactly("ZALO REFUSED", "TELEGRAM DELIVERED");
        assertThat(NotifierDb.rows("SELECT CONCAT(channel, ':', address) FROM recipient_channel_state WHERE "
                + "recipient_id = 1").stream().map(row -> row.get(0)).toList()).containsExactly("ZALO:zalo-lan");
    }

    @Test
    void theWeeklyDigestCountsTheWeeksAlertsThatReachedNobodyOrOnlyTheFeed() throws Exception {
        NotifierDb.sql("UPDATE official SET email = NULL WHERE id = 1");
        plan();
        zalo.outOfReach();
        telegram.outOfReach();
        assertThat(dispatcher("a", zalo, telegram, inApp()).dispatchDue(10).sent()).isEqualTo(1);
        assertThat(column("channel_used")).isEqualTo("IN_APP");
        Seed.occurrence(101, Seed.JUSTICE, DUE.plusDays(1));
        new AlertPlanningService(NotifierDb.dataSource(), new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"),
                NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), AlertPolicy.defaults(), WorkingDayCalendar::vietnam,
                new OutboxRows(new AlertMessageRenderer(BotCommandWords.INSTANCE)), clock).plan(DUE.plusDays(1));
        NotifierDb.sql("UPDATE alert_outbox SET status = 'DEAD' WHERE plan_day = '" + DUE.plusDays(1) + "'");

        LocalDate monday = LocalDate.of(2025, 10, 20);
        new AlertPlanningService(NotifierDb.dataSource(), new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"),
                NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), AlertPolicy.defaults(), WorkingDayCalendar::vietnam,
                new OutboxRows(new AlertMessageRenderer(BotCommandWords.INSTANCE)), clock).plan(monday);

        List<String> digests = NotifierDb.rows("SELECT plain_text FROM alert_outbox WHERE kind = 'WEEKLY_DIGEST'")
                .stream().map(row -> row.get(0)).toList();
        long dead = NotifierDb.count("SELECT COUNT(*) FROM alert_outbox WHERE status = 'DEAD'");
        assertThat(dead).isPositive();
        assertThat(digests).isNotEmpty().allSatisfy(text -> assertThat(text)
                .contains("Tin nhắc 7 ngày qua: " + dead + " tin không gửi được tới người nhận, 1 tin chỉ đến được "
                        + "mục thông báo trong ứng dụng"));
    }

    @Test
    void twoDispatchersFallingBackAtOnceDeliverEachOfficialsAlertOnce() throws Exception {
        StringBuilder officials = new StringBuilder();
        for (int id = 10; id < 40; id++) {
            officials.append(officials.length() == 0 ? "" : ", ").append("(").append(id).append(", 'u").append(id)
                    .append("', 'Cán bộ ").append(id).append("', 7, FALSE, NULL, ").append(2000 + id).append(", 'zalo-")
                    .append(id).append("')");
        }
        NotifierDb.sql("INSERT INTO official (id, username, display_name, agency_id, head_of_agency, email, "
                + "telegram_chat_id, zalo_user_id) VALUES " + officials);
        NotifierDb.sql("INSERT INTO official_alert_channels (official_id, channels, updated_at) "
                + "SELECT id, 'TELEGRAM,ZALO', NOW() FROM official WHERE agency_id = 7");
        plan();
        ScriptedChannel refusing = new ScriptedChannel(DeliveryChannel.TELEGRAM,
                () -> SendOutcome.unavailable("ConnectException: Connection refused"));
        ScriptedChannel slowZalo = new ScriptedChannel(DeliveryChannel.ZALO, () -> {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SendOutcome.delivered("zalo");
        });
        DispatchSettings small = DispatchSettings.defaults().withBatchSize(4);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<DispatchReport>> runs = new java.util.ArrayList<>();
            for (String worker : List.of("one", "two")) {
                Dispatcher dispatcher = new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(),
                        NotifierDb.preferences(), List.of(refusing, slowZalo, inApp()), TelegramThrottle.telegramLimits(),
                        small, clock, clock::advance, () -> 0.0, worker, Sending.check(), Sending.window());
                runs.add(pool.submit(() -> dispatcher.dispatchDue(100)));
            }
            long sent = 0;
            for (var run : runs) {
                sent += run.get().sent();
            }
            long reminders = NotifierDb.count("SELECT COUNT(*) FROM alert_outbox WHERE kind = 'REMINDER'");
            assertThat(reminders).isGreaterThanOrEqualTo(31);
            assertThat(sent).isEqualTo(reminders);
        } finally {
            pool.shutdownNow();
        }
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM alert_outbox WHERE kind = 'REMINDER' AND status = 'SENT' "
                + "AND channel_used = 'ZALO'")).isEqualTo(NotifierDb.count(
                "SELECT COUNT(*) FROM alert_outbox WHERE kind = 'REMINDER'"));
        java.util.Map<String, Long> perAddress = slowZalo.calls().stream().collect(java.util.stream.Collectors
                .groupingBy(ScriptedChannel.Call::address, java.util.stream.Collectors.counting()));
        assertThat(perAddress.values()).allMatch(count -> count == 1);
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM alert_delivery_attempt WHERE outcome = 'DELIVERED'"))
                .isEqualTo(slowZalo.calls().size());
    }
}
