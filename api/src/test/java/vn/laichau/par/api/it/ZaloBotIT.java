package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.laichau.par.api.telegram.BotActionCommands;
import vn.laichau.par.api.telegram.TelegramAlertChannel;
import vn.laichau.par.api.zalo.ZaloAlertChannel;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.bot.ZaloBotRuntime;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.telegram.TelegramSettings;
import vn.laichau.par.bot.testing.FakeZaloApi;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.bot.zalo.ZaloBotApi;
import vn.laichau.par.bot.zalo.ZaloSettings;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.channel.InAppChannel;
import vn.laichau.par.notifier.delivery.DispatchReport;
import vn.laichau.par.notifier.delivery.DispatchSettings;
import vn.laichau.par.notifier.delivery.Dispatcher;
import vn.laichau.par.notifier.delivery.TelegramThrottle;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.outbox.OpenItemsCheck;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.notification.NotificationRepository;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The Zalo bot in the running application ({@link ZaloBotFakeSession}): a Zalo user links with a code issued over
 * the API and is answered by the same conversation core as Telegram's; the Zalo webhook refuses calls without the
 * secret; and the day's alerts, dispatched as the application dispatches them, fall back from a Telegram that
 * refuses connections to Zalo, once, or to the in-app feed when both messengers are down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ZaloBotIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The server's {@code PAR_PUBLIC_URL} in the tests (arquillian.xml). */
    private static final String PUBLIC_URL = "https://cchc.laichau.example";
    private static final Instant NOT_BEFORE = Instant.parse("2019-12-31T00:00:00Z");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    private final FakeZaloApi zalo = ZaloBotFakeSession.zalo();

    private String say(String user, String text) {
        int before = zalo.textsTo(user).size();
        zalo.queueText(user, text);
        waitUntil(() -> zalo.textsTo(user).size() > before, Duration.ofSeconds(60));
        pause(Duration.ofMillis(300));
        List<String> texts = zalo.textsTo(user);
        return String.join("\n", texts.subList(before, texts.size()));
    }

    private static void waitUntil(BooleanSupplier condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Nothing came within " + limit);
            }
            pause(Duration.ofMillis(20));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> webhook(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/zalo/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header(ZaloBotRuntime.WEBHOOK_SECRET_HEADER, secret);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String event(String user, String messageId, String text) {
        return "{\"event_name\":\"message.text.received\",\"message\":{\"message_id\":\"" + messageId + "\","
                + "\"text\":\"" + text + "\",\"date\":1764900000000,\"from\":{\"id\":\"" + user + "\","
                + "\"display_name\":\"Cán bộ\",\"is_bot\":false},\"chat\":{\"id\":\"" + user + "\","
                + "\"chat_type\":\"PRIVATE\"}}}";
    }

    private long linkOnZalo(Api api, String token, String user) {
        HttpJson.Answer issued = api.post("/api/v1/me/telegram-link-code", token, "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(say(user, "/start " + issued.json().path("code").asText())).contains("Đã liên kết");
        return api.get("/api/v1/me", token).json().path("official").path("id").asLong();
    }

    @Test
    void aZaloUserLinksWithACodeFromTheApiAndGetsHelpAndTheObligations() throws Exception {
        TelegramBotFakeSession.telegram();
        assertThat(say("zalo-it-1000", "/help")).as("Zalo answers while Telegram's long polling runs")
                .contains("/viec");
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(false);
        String token = api.newOfficial("official", occurrence[1]);
        String user = "zalo-it-1001";
        assertThat(say(user, "/viec")).contains("chưa được liên kết");

        long official = linkOnZalo(api, token, user);

        assertThat(NotifierText.of("SELECT zalo_user_id FROM official WHERE id = " + official)).isEqualTo(user);
        String help = say(user, "/help");
        assertThat(help).contains("/viec").contains("/capnhat").doesNotContain("<code>");
        assertThat(say(user, "/viec")).contains("Việc đang mở");
        assertThat(say(user, "/caidat")).contains("Zalo → Telegram → e-mail → trong ứng dụng").contains("/chon st-");
    }

    @Test
    void theZaloWebhookRefusesEventsWithoutTheSecretAndHandlesTheOnesWithIt() throws Exception {
        String user = "zalo-it-1002";
        String body = event(user, "it-webhook-1", "/help");
        for (String secret : new String[] {null, "wrong-secret", ZaloBotFakeSession.WEBHOOK_SECRET + "x"}) {
            HttpResponse<String> refused = webhook(secret, body);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("zalo-webhook-secret");
        }
        pause(Duration.ofMillis(500));
        assertThat(zalo.textsTo(user)).isEmpty();
        assertThat(NotifierText.count("SELECT COUNT(*) FROM handled_messenger_event WHERE event_key = "
                + "'message.text.received:it-webhook-1'")).isZero();

        assertThat(webhook(ZaloBotFakeSession.WEBHOOK_SECRET, "{not json").statusCode()).isEqualTo(400);
        assertThat(webhook(ZaloBotFakeSession.WEBHOOK_SECRET, body).statusCode()).isEqualTo(200);
        waitUntil(() -> !zalo.textsTo(user).isEmpty(), Duration.ofSeconds(10));
        assertThat(zalo.textsTo(user).get(0)).contains("chưa được liên kết");
        assertThat(webhook(ZaloBotFakeSession.WEBHOOK_SECRET, body).statusCode()).isEqualTo(200);
        pause(Duration.ofMillis(500));
        assertThat(zalo.textsTo(user)).hasSize(1);
    }

    @Test
    void theOrderOfAlertChannelsIsReadAndChangedOverTheApi() {
        Api api = new Api(base);
        String token = api.newOfficial("official", 1);
        HttpJson.Answer initial = api.get("/api/v1/me/alert-channels", token);
        assertThat(initial.status()).isEqualTo(200);
        assertThat(initial.json().path("channels").toString()).isEqualTo("[\"ZALO\",\"TELEGRAM\",\"EMAIL\",\"IN_APP\"]");
        HttpJson.Answer changed = api.send("PUT", "/api/v1/me/alert-channels", token, null,
                "{\"channels\":[\"telegram\",\"zalo\"]}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("channels").toString()).isEqualTo("[\"TELEGRAM\",\"ZALO\",\"IN_APP\"]");
        assertThat(api.get("/api/v1/me/alert-channels", token).json().path("channels").toString())
                .isEqualTo("[\"TELEGRAM\",\"ZALO\",\"IN_APP\"]");
        HttpJson.Answer refused = api.send("PUT", "/api/v1/me/alert-channels", token, null,
                "{\"channels\":[\"zalo\",\"zalo\"]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void telegramRefusingConnectionsTheDaysAlertsReachTheSameOfficialsOnZaloOnce() throws Exception {
        Api api = new Api(base);
        long[] first = Api.freshOccurrence(false);
        long[] second = Api.freshOccurrence(false);
        List<long[]> officials = new ArrayList<>();
        for (long[] occurrence : List.of(first, second)) {
            String token = api.newOfficial("official", occurrence[1]);
            String user = "zalo-it-alert-" + occurrence[0];
            long official = linkOnZalo(api, token, user);
            NotifierText.sql("UPDATE official SET telegram_chat_id = " + (770_000 + occurrence[0]) + " WHERE id = "
                    + official);
            officials.add(new long[] {official, occurrence[0]});
        }
        LocalDate day = LocalDate.of(2019, 12, 31);
        try (InTestJvm notifier = new InTestJvm(refusingTelegram(), zalo.settings())) {
            List<String> keys = new ArrayList<>();
            for (long[] o : officials) {
                keys.add(notifier.write(o[0], o[1], day, List.of(
                        new ChannelAddress("TELEGRAM", Long.toString(770_000 + o[1])),
                        new ChannelAddress("ZALO", "zalo-it-alert-" + o[1]),
                        new ChannelAddress("IN_APP", Long.toString(o[0])))));
            }
            DispatchReport report = notifier.dispatch();
            assertThat(report.sent()).isEqualTo(2);
            assertThat(notifier.dispatch().claimed()).isZero();

            for (int i = 0; i < officials.size(); i++) {
                long[] o = officials.get(i);
                assertThat(zalo.textsTo("zalo-it-alert-" + o[1]).stream().filter(t -> !t.contains("Đã liên kết")))
                        .singleElement().asString().contains("/chon ");
                String key = keys.get(i);
                assertThat(NotifierText.of("SELECT channel_used FROM alert_outbox WHERE alert_key = '" + key + "'"))
                        .isEqualTo("ZALO");
                long id = NotifierText.count("SELECT id FROM alert_outbox WHERE alert_key = '" + key + "'");
                JsonNode log = api.get("/api/v1/admin/alerts/outbox/" + id + "/deliveries", api.adminToken()).json();
                assertThat(log.size()).isEqualTo(2);
                assertThat(log.get(0).path("channel").asText()).isEqualTo("TELEGRAM");
                assertThat(log.get(0).path("outcome").asText()).isEqualTo("UNAVAILABLE");
                assertThat(log.get(0).path("reason").asText()).contains("could not reach");
                assertThat(log.get(1).path("channel").asText()).isEqualTo("ZALO");
                assertThat(log.get(1).path("outcome").asText()).isEqualTo("DELIVERED");
                assertThat(NotifierText.count("SELECT COUNT(*) FROM notification WHERE official_id = " + o[0]))
                        .isZero();
            }
        }
    }

    @Test
    void bothMessengersDownTheAlertIsInTheOfficialsFeed() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(false);
        String token = api.newOfficial("official", occurrence[1]);
        long official = linkOnZalo(api, token, "zalo-it-down-" + occurrence[0]);
        ZaloSettings unreachableZalo = ZaloSettings.longPolling(FakeZaloApi.DEFAULT_TOKEN, URI.create("http://127.0.0.1:1"));
        try (InTestJvm notifier = new InTestJvm(refusingTelegram(), unreachableZalo)) {
            String key = notifier.write(official, occurrence[0], LocalDate.of(2019, 12, 31), List.of(
                    new ChannelAddress("ZALO", "zalo-it-down-" + occurrence[0]),
                    new ChannelAddress("TELEGRAM", "770999"),
                    new ChannelAddress("IN_APP", Long.toString(official))));
            assertThat(notifier.dispatch().sent()).isEqualTo(1);
            assertThat(NotifierText.of("SELECT channel_used FROM alert_outbox WHERE alert_key = '" + key + "'"))
                    .isEqualTo("IN_APP");
        }
        JsonNode feed = api.get("/api/v1/me/notifications", token).json().path("items");
        assertThat(feed.size()).isEqualTo(1);
        assertThat(NotifierText.count("SELECT COUNT(*) FROM alert_delivery_attempt d JOIN alert_outbox a ON a.id = "
                + "d.alert_id WHERE a.recipient_id = " + official + " AND d.outcome = 'UNAVAILABLE'")).isEqualTo(2);
    }

    @Test
    void anExtensionAskedThroughTheApiReachesAnAdminOnZaloWhenTelegramRefusesOnceAndTheDecisionReachesTheRequester()
            throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(false);
        String requester = api.newOfficial("official", occurrence[1]);
        long requesterId = api.get("/api/v1/me", requester).json().path("official").path("id").asLong();
        String admin = api.newOfficial("admin", occurrence[1]);
        String adminUser = "zalo-it-ext-" + occurrence[0];
        long adminId = linkOnZalo(api, admin, adminUser);
        NotifierText.sql("UPDATE official SET telegram_chat_id = " + (780_000 + occurrence[0]) + " WHERE id = "
                + adminId);
        assertThat(api.send("PUT", "/api/v1/me/alert-channels", admin, null, "{\"channels\":[\"telegram\",\"zalo\"]}")
                .status()).isEqualTo(200);
        String path = "/api/v1/occurrences/" + occurrence[0];
        HttpJson.Answer before = api.get(path, requester);
        String later = LocalDate.parse(before.json().path("dueDate").asText()).plusDays(30).toString();

        HttpJson.Answer asked = api.postIfMatch(path + "/extensions", requester, Api.etag(before),
                "{\"newDueDate\":\"" + later + "\",\"reason\":\"Chờ ý kiến thẩm định của Sở Tư pháp\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long extension = asked.json().path("id").asLong();
        String toAdmin = "EXTENSION_REQUESTED/ext-" + extension + "/" + adminId;
        assertThat(NotifierText.count("SELECT COUNT(*) FROM alert_outbox WHERE alert_key = 'EXTENSION_REQUESTED/ext-"
                + extension + "/" + requesterId + "'")).as("the requester is not told of their own request").isZero();
        int zaloBefore = zalo.textsTo(adminUser).size();

        try (InTestJvm notifier = new InTestJvm(refusingTelegram(), zalo.settings(), Instant.now().plusSeconds(60))) {
            notifier.dispatchUntilIdle();
            assertThat(NotifierText.of("SELECT channel_used FROM alert_outbox WHERE alert_key = '" + toAdmin + "'"))
                    .isEqualTo("ZALO");
            List<String> notices = zalo.textsTo(adminUser).subList(zaloBefore, zalo.textsTo(adminUser).size());
            assertThat(notices).singleElement().asString().contains("Đề nghị gia hạn")
                    .contains("kỳ " + occurrence[0]).contains("/chon ea-" + extension).contains("/chon er-" + extension);
            long id = NotifierText.count("SELECT id FROM alert_outbox WHERE alert_key = '" + toAdmin + "'");
            JsonNode log = api.get("/api/v1/admin/alerts/outbox/" + id + "/deliveries", api.adminToken()).json();
            assertThat(log.size()).isEqualTo(2);
            assertThat(log.get(0).path("channel").asText()).isEqualTo("TELEGRAM");
            assertThat(log.get(0).path("outcome").asText()).isEqualTo("UNAVAILABLE");
            assertThat(log.get(1).path("channel").asText()).isEqualTo("ZALO");

            notifier.dispatchUntilIdle();
            assertThat(zalo.textsTo(adminUser)).as("a second run sends nothing twice").hasSize(zaloBefore + 1);

            assertThat(say(adminUser, "/chon ea-" + extension)).contains("đã được duyệt");
            assertThat(api.get(path, requester).json().path("dueDate").asText()).isEqualTo(later);
            notifier.dispatchUntilIdle();
            notifier.dispatchUntilIdle();
        }
        JsonNode feed = api.get("/api/v1/me/notifications", requester).json().path("items");
        assertThat(feed.size()).isEqualTo(1);
        assertThat(feed.get(0).toString()).contains("đã được duyệt").contains("Nguyễn Văn Thử");
        assertThat(zalo.textsTo(adminUser)).as("the deciding admin had only the bot's answer")
                .hasSize(zaloBefore + 2);
    }

    /** A Telegram Bot API that refuses every connection (nothing listens on port 1). */
    private static TelegramSettings refusingTelegram() {
        return TelegramSettings.longPolling("123456:refused-token", URI.create("http://127.0.0.1:1"));
    }

    /** The application's dispatcher with its Telegram, Zalo and in-app channels, in the test JVM. */
    private static final class InTestJvm implements AutoCloseable {

        private final MutableClock clock;
        private final BotApiTelegramGateway gateway;
        private final EntityManager em = Jpa.factory().createEntityManager();
        private final UnitOfWork transactions = new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                EntityTransaction tx = em.getTransaction();
                tx.begin();
                try {
                    T result = work.get();
                    tx.commit();
                    return result;
                } finally {
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                    em.clear();
                }
            }
        };
        private final Dispatcher dispatcher;

        InTestJvm(TelegramSettings telegram, ZaloSettings zaloSettings) {
            this(telegram, zaloSettings, Instant.parse("2020-01-01T01:00:00Z"));
        }

        /** @param now the dispatcher's time: it claims what is due by then */
        InTestJvm(TelegramSettings telegram, ZaloSettings zaloSettings, Instant now) {
            clock = new MutableClock(now);
            gateway = new BotApiTelegramGateway(telegram);
            List<AlertChannel> channels = List.of(
                    new TelegramAlertChannel(gateway, Optional.of("123456:refused-token")),
                    new ZaloAlertChannel(new vn.laichau.par.bot.ZaloMessenger(Optional.of(new ZaloBotApi(zaloSettings))), null),
                    new InAppChannel(transactions, new NotificationRepository(em, clock)));
            dispatcher = new Dispatcher(transactions, new OutboxRepository(em), new TelegramPreferenceRepository(em),
                    channels, TelegramThrottle.telegramLimits(), DispatchSettings.defaults(), clock, clock::advance,
                    () -> 0.0, "it-zalo-" + ProcessHandle.current().pid(),
                    new OpenItemsCheck(new PlanningSource(Jpa.dataSource(), "SO_NOI_VU"), AlertPolicy.defaults(),
                            WorkingDayCalendar::vietnam, new AlertMessageRenderer(new BotActionCommands())), null);
        }

        String write(long official, long occurrence, LocalDate day, List<ChannelAddress> channels) throws Exception {
            LocalDate due = LocalDate.parse(NotifierText.of("SELECT due_date FROM occurrence WHERE id = " + occurrence));
            String key = "REMINDER/daily/" + official + "/" + day;
            OutboxRow row = new OutboxRow(key, "REMINDER", "daily", official, day, NOT_BEFORE, "Nhắc việc", "", "",
                    channels, Set.of(occurrence), Map.of(occurrence, due));
            Jpa.inTransaction(e -> new OutboxRepository(e).write(List.of(row), Instant.now()));
            return key;
        }

        DispatchReport dispatch() throws InterruptedException {
            return dispatcher.dispatchDue(5);
        }

        /** Dispatches until a run claims nothing (the other tests' messages due by then go too). */
        void dispatchUntilIdle() throws InterruptedException {
            for (int run = 0; run < 20 && dispatcher.dispatchDue(5).claimed() > 0; run++) {
                clock.advance(Duration.ofSeconds(1));
            }
        }

        @Override
        public void close() {
            gateway.close();
            em.close();
        }
    }

    @Test
    void theReportReachesZaloAsASignedLinkThatDownloadsAsSignedOnlyAndInTimeOnly() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(false);
        long agency = occurrence[1];
        String token = api.newOfficial("official", agency);
        String user = "zalo-it-1010";
        long official = linkOnZalo(api, token, user);
        String reply = say(user, "/baocao nam");
        assertThat(reply).contains("Dự thảo báo cáo kết quả CCHC năm");
        Matcher link = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/api/v1/downloads/(\\S+)").matcher(reply);
        assertThat(link.find()).as(reply).isTrue();
        String signed = link.group(1);

        HttpResponse<byte[]> document = download(signed);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type").orElse("")).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains(NotifierText.of("SELECT name FROM agency WHERE id = " + agency))
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        }

        String payload = new String(Base64.getUrlDecoder().decode(signed.substring(0, signed.indexOf('.'))),
                StandardCharsets.UTF_8);
        String[] fields = payload.split("\\|");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("|" + agency + "|", "|-|").getBytes(StandardCharsets.UTF_8))
                + signed.substring(signed.indexOf('.'));
        for (String altered : List.of(forged, signed.substring(0, signed.length() - 3) + "abc", "not-a-link")) {
            HttpResponse<byte[]> refused = download(altered);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("download-link-invalid");
        }
        long past = Instant.now().getEpochSecond() - 60;
        HttpResponse<byte[]> late = download(sealed(String.join("|", fields[0], fields[1], fields[2], fields[3],
                fields[4], fields[5], fields[6], Long.toString(past))));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(new String(late.body(), StandardCharsets.UTF_8)).contains("download-link-expired");
        long other = NotifierText.count("SELECT MIN(id) FROM agency WHERE id <> " + agency
                + " AND code <> 'SO_NOI_VU'");
        HttpResponse<byte[]> foreign = download(sealed(String.join("|", fields[0], fields[1],
                Long.toString(official), fields[3], fields[4], fields[5], Long.toString(other), fields[7])));
        assertThat(foreign.statusCode()).as("a sealed link still obeys the report's rule").isEqualTo(403);
        assertThat(new String(foreign.body(), StandardCharsets.UTF_8)).contains("report-not-yours");
        assertThat(say(user, "/baocao tinh")).contains("chỉ được xem báo cáo của cơ quan mình")
                .doesNotContain(PUBLIC_URL);
    }

    private HttpResponse<byte[]> download(String token) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/downloads/" + token))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A token sealed with the application's own secret, read from its database. */
    private static String sealed(String payload) throws Exception {
        byte[] secret;
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT secret FROM download_link_key WHERE id = 1")) {
            rs.next();
            secret = rs.getBytes(1);
        }
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Reads and writes the container's database directly. */
    private static final class NotifierText {

        static String of(String sql) throws Exception {
            return NotifierInTestJvm.text(sql);
        }

        static long count(String sql) throws Exception {
            return NotifierInTestJvm.number(sql);
        }

        static void sql(String sql) throws Exception {
            try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }
    }
}
