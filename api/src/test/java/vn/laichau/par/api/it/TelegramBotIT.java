package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.laichau.par.bot.TelegramBotRuntime;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.bot.testing.ScriptedAnswer;

/**
 * The bot inside the running application: it long-polls the fake Bot API of the test JVM
 * ({@link TelegramBotFakeSession}), links a chat with a code issued over the API, answers commands from
 * MariaDB, writes through the application's OccurrenceWork with the API's rules and refusals (evidence from a
 * photo included), lets the first of several linked admins decide an extension, acts on the buttons under an
 * alert the notifier's dispatcher sent, and its webhook endpoint refuses calls without the secret.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TelegramBotIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    private final FakeBotApi telegram = TelegramBotFakeSession.telegram();

    private List<RecordedCall> textsTo(long chat) {
        return telegram.calls("sendMessage").stream()
                .filter(c -> c.param("chat_id").equals(Long.toString(chat))).toList();
    }

    private String say(long chat, String text) {
        int before = textsTo(chat).size();
        telegram.queueUpdate(FakeUpdates.text(chat, text));
        waitUntil(() -> textsTo(chat).size() > before, Duration.ofSeconds(30));
        return textsTo(chat).get(before).param("text");
    }

    private static void waitUntil(BooleanSupplier condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("The bot did not answer within " + limit);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private HttpResponse<String> webhook(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header(TelegramBotRuntime.WEBHOOK_SECRET_HEADER, secret);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCodeIssuedOverTheApiLinksTheChatAndTheBotAnswersFromTheDatabase() {
        Api api = new Api(base);
        String admin = api.adminToken();
        long chat = 880_001;
        assertThat(say(chat, "/viec")).contains("chưa được liên kết");

        HttpJson.Answer issued = api.post("/api/v1/me/telegram-link-code", admin, "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        JsonNode body = issued.json();
        String code = body.path("code").asText();
        assertThat(code).hasSizeGreaterThanOrEqualTo(16);
        assertThat(body.path("deepLink").asText()).isEqualTo("https://t.me/par_test_bot?start=" + code);
        assertThat(body.path("expiresAt").asText()).isNotBlank();

        assertThat(say(chat, "/start " + code)).contains("Đã liên kết");
        assertThat(say(chat, "/tongquan")).contains("Tổng quan").contains("Cả tỉnh:");
        assertThat(say(chat, "/help")).contains("/viec");
        assertThat(say(880_002, "/start " + code)).contains("đã được dùng");
        assertThat(say(chat, "/huy_lienket")).contains("Đã hủy liên kết");
    }

    @Test
    void onlyAdminsIssueCodesForOthersAndOnlyWithATokenForThemselves() {
        Api api = new Api(base);
        assertThat(api.post("/api/v1/me/telegram-link-code", null, "").status()).isEqualTo(401);
        HttpJson.Answer forNobody = api.post("/api/v1/officials/999999999/telegram-link-code", api.adminToken(), "");
        assertThat(forNobody.status()).isEqualTo(404);
        assertThat(forNobody.body()).contains("/problems/official-not-found");
    }

    @Test
    void theWebhookRefusesCallsWithoutTheSecretAndHandlesTheOnesWithIt() throws Exception {
        long chat = 880_010;
        String update = FakeUpdates.asJson(FakeUpdates.text(chat, "/help"), 9_000_001);
        assertThat(webhook(null, update).statusCode()).isEqualTo(401);
        assertThat(webhook("wrong-secret", update).statusCode()).isEqualTo(401);
        assertThat(textsTo(chat)).isEmpty();

        assertThat(webhook(TelegramBotFakeSession.WEBHOOK_SECRET, "{not json").statusCode()).isEqualTo(400);
        assertThat(webhook(TelegramBotFakeSession.WEBHOOK_SECRET, update).statusCode()).isEqualTo(200);
        waitUntil(() -> !textsTo(chat).isEmpty(), Duration.ofSeconds(10));
        assertThat(textsTo(chat).get(0).param("text")).contains("chưa được liên kết");
    }

    private void link(Api api, String token, long chat) {
        HttpJson.Answer issued = api.post("/api/v1/me/telegram-link-code", token, "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(say(chat, "/start " + issued.json().path("code").asText())).contains("Đã liên kết");
    }

    @Test
    void theBotWritesThroughOccurrenceWorkWithTheApisRefusals() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(true);
        String path = "/api/v1/occurrences/" + occurrence[0];
        String own = api.newOfficial("official", occurrence[1]);
        String stranger = api.newOfficial("official", Api.otherAgency(occurrence[1]));
        long ownChat = 880_021;
        long strangerChat = 880_022;
        link(api, own, ownChat);
        link(api, stranger, strangerChat);
        String etag = Api.etag(api.get(path, own));

        String refusedInTheBot = say(strangerChat, "/xong_" + occurrence[0]);
        HttpJson.Answer refusedByTheApi = api.postIfMatch(path + "/finish", stranger, etag, "");
        assertThat(refusedByTheApi.status()).isEqualTo(403);
        assertThat(refusedByTheApi.json().path("detail").asText()).startsWith(refusedInTheBot + " — ");
        assertThat(say(strangerChat, "/capnhat " + occurrence[0] + " 40")).isEqualTo(refusedInTheBot);

        assertThat(say(ownChat, "/xong_" + occurrence[0])).contains("cần tài liệu kiểm chứng");
        assertThat(Api.etag(api.get(path, own))).isEqualTo(etag);

        assertThat(say(ownChat, "/capnhat " + occurrence[0] + " 40 Đang dự thảo")).contains("Đã ghi tiến độ 40 %");
        assertThat(api.get(path, own).json().path("progressPercent").asInt()).isEqualTo(40);
        JsonNode reports = api.get(path + "/progress", own).json().path("items");
        assertThat(reports.size()).isEqualTo(1);
        assertThat(reports.get(0).path("channel").asText()).isEqualTo("BOT");
        assertThat(reports.get(0).path("note").asText()).isEqualTo("Đang dự thảo");
    }

    @Test
    void aPhotoWithTheOccurrenceInItsCaptionIsDownloadedAndStoredAsEvidenceOfTheApi() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(true);
        String own = api.newOfficial("official", occurrence[1]);
        long chat = 880_031;
        link(api, own, chat);
        byte[] thumbnail = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        byte[] largest = new byte[48_000];
        Arrays.fill(largest, (byte) 7);
        largest[0] = (byte) 0xFF;
        largest[1] = (byte) 0xD8;
        String thumbnailId = telegram.addFile("photos/it-thumb.jpg", thumbnail);
        String largestId = telegram.addFile("photos/it-large.jpg", largest);
        int before = textsTo(chat).size();

        telegram.queueUpdate(FakeUpdates.photo(chat, "Biên bản #" + occurrence[0],
                FakeUpdates.photoSize(thumbnailId, 90, 68, (long) thumbnail.length),
                FakeUpdates.photoSize(largestId, 1280, 960, (long) largest.length)));
        waitUntil(() -> textsTo(chat).size() > before, Duration.ofSeconds(30));

        assertThat(textsTo(chat).get(before).param("text")).contains("Đã lưu tài liệu kiểm chứng");
        JsonNode items = api.get("/api/v1/occurrences/" + occurrence[0] + "/evidence", own).json().path("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(items.get(0).path("channel").asText()).isEqualTo("BOT");
        assertThat(items.get(0).path("sizeBytes").asLong()).isEqualTo(largest.length);
        assertThat(items.get(0).path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(largest)));
    }

    @Test
    void anExtensionRequestReachesEveryLinkedAdminThroughTheDispatcherAndOnlyTheFirstDecisionCounts()
            throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(false);
        String own = api.newOfficial("official", occurrence[1]);
        long monitoring = Api.otherAgency(occurrence[1]);
        long officialChat = 880_041;
        long firstAdminChat = 880_042;
        long secondAdminChat = 880_043;
        link(api, own, officialChat);
        link(api, api.newOfficial("admin", monitoring), firstAdminChat);
        link(api, api.newOfficial("admin", monitoring), secondAdminChat);
        int toFirst = textsTo(firstAdminChat).size();
        int toSecond = textsTo(secondAdminChat).size();

        assertThat(say(officialChat, "/giahan " + occurrence[0] + " 31/12/2031 Chờ hướng dẫn"))
                .contains("Đã gửi đề nghị gia hạn");
        try (NotifierInTestJvm notifier = new NotifierInTestJvm(telegram, Instant.now().plusSeconds(60))) {
            assertThat(textsTo(firstAdminChat)).as("nothing before the dispatcher runs").hasSize(toFirst);
            notifier.dispatchUntilIdle();
            assertThat(textsTo(firstAdminChat)).hasSize(toFirst + 1);
            assertThat(textsTo(secondAdminChat)).hasSize(toSecond + 1);
            String buttons = textsTo(secondAdminChat).get(toSecond).param("reply_markup");
            assertThat(textsTo(firstAdminChat).get(toFirst).param("reply_markup")).isEqualTo(buttons);
            assertThat(textsTo(firstAdminChat).get(toFirst).param("text")).contains("Đề nghị gia hạn")
                    .contains("→ đề nghị 31/12/2031");
            Matcher approve = Pattern.compile("\"(ea:\\d+)\"").matcher(buttons);
            assertThat(approve.find()).as(buttons).isTrue();
            String reject = approve.group(1).replace("ea:", "er:");

            assertThat(press(firstAdminChat, approve.group(1))).contains("đã được duyệt: hạn mới 31/12/2031");
            notifier.dispatchUntilIdle();
            assertThat(textsTo(secondAdminChat)).hasSize(toSecond + 2);
            assertThat(textsTo(secondAdminChat).get(toSecond + 1).param("text")).as("the other admins are told")
                    .contains("đã được duyệt: hạn mới 31/12/2031 (bởi Nguyễn Văn Thử)");
            assertThat(textsTo(officialChat).get(textsTo(officialChat).size() - 1).param("text"))
                    .as("the requester is told").contains("đã được duyệt: hạn mới 31/12/2031");
            assertThat(press(secondAdminChat, reject)).contains("đã được Nguyễn Văn Thử duyệt lúc")
                    .contains("Không thay đổi gì thêm");
            notifier.dispatchUntilIdle();
            assertThat(textsTo(secondAdminChat)).as("nothing twice, nothing for a late press").hasSize(toSecond + 3);
        }
        JsonNode current = api.get("/api/v1/occurrences/" + occurrence[0], own).json();
        assertThat(current.path("dueDate").asText()).isEqualTo("2031-12-31");
    }

    @Test
    void anAlertFromTheDispatcherCarriesButtonsThatActOnTheOccurrenceAsItWasWhenSent() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(true);
        long id = occurrence[0];
        String path = "/api/v1/occurrences/" + id;
        String own = api.newOfficial("official", occurrence[1]);
        long chat = 880_051;
        link(api, own, chat);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long sentVersion = NotifierInTestJvm.number("SELECT version FROM occurrence WHERE id = " + id);

        try (NotifierInTestJvm notifier = new NotifierInTestJvm(telegram)) {
            int before = textsTo(chat).size();
            assertThat(notifier.remind(chat, id, today).sent()).isEqualTo(1);
            RecordedCall alert = textsTo(chat).get(before);
            assertThat(alert.param("text")).contains("Nhắc việc cải cách hành chính ngày")
                    .contains("Cập nhật tiến độ: /capnhat_" + id);
            JsonNode keyboard = JSON.readTree(alert.param("reply_markup")).path("inline_keyboard");
            assertThat(keyboard.findValuesAsText("text"))
                    .containsExactly("✅ Đã hoàn thành", "⏳ Xin gia hạn", "📎 Nộp minh chứng");
            String finish = "x:" + id + ":" + sentVersion;
            assertThat(keyboard.findValuesAsText("callback_data"))
                    .containsExactly(finish, "g:" + id + ":" + sentVersion, "e:" + id + ":" + sentVersion);

            assertThat(press(chat, finish)).as("finishing without the evidence the task asks for")
                    .startsWith("Chưa thể báo hoàn thành: nhiệm vụ này cần tài liệu kiểm chứng");
            assertThat(press(chat, "g:" + id + ":" + sentVersion)).contains("Gửi hạn mới và lý do");
            assertThat(press(chat, "e:" + id + ":" + sentVersion))
                    .startsWith("Gửi tệp tài liệu kiểm chứng cho kỳ <code>" + id + "</code>");
            String fileId = telegram.addFile("documents/alert-" + id + ".pdf",
                    "%PDF-1.4 biên bản kiểm tra".getBytes(StandardCharsets.UTF_8));
            assertThat(send(chat, FakeUpdates.document(chat, fileId, "bien-ban-kiem-tra.pdf", null)))
                    .contains("Đã lưu tài liệu kiểm chứng");
            long versionWithEvidence = NotifierInTestJvm.number("SELECT version FROM occurrence WHERE id = " + id);
            assertThat(versionWithEvidence).isGreaterThan(sentVersion);

            assertThat(press(chat, finish)).as("the alert's button, pressed after the occurrence changed")
                    .contains("đã thay đổi từ khi bạn xem, nên bot chưa làm gì")
                    .contains("Tài liệu kiểm chứng: 1 đã nhận");
            JsonNode unfinished = api.get(path, own).json();
            assertThat(unfinished.path("finishedOn").isNull() || unfinished.path("finishedOn").isMissingNode())
                    .as(unfinished.toString()).isTrue();

            before = textsTo(chat).size();
            assertThat(notifier.remind(chat, id, today.plusDays(1)).sent()).isEqualTo(1);
            JsonNode fresh = JSON.readTree(textsTo(chat).get(before).param("reply_markup")).path("inline_keyboard");
            String finishNow = "x:" + id + ":" + versionWithEvidence;
            assertThat(fresh.findValuesAsText("callback_data")).as("the version read when the alert is sent")
                    .contains(finishNow);

            assertThat(press(chat, finishNow)).startsWith("✅ Đã ghi nhận hoàn thành kỳ <code>" + id + "</code>");
            assertThat(api.get(path, own).json().path("finishedOn").asText()).isEqualTo(today.toString());
        }
    }

    @Test
    void aGroupUpgradedToASupergroupKeepsItsSubscriptionAndGetsTheMessageAtItsNewId() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(false);
        long adminChat = 880_061;
        long group = -adminChat;
        long supergroup = -1_000_000_880_061L;
        link(api, api.newOfficial("admin", occurrence[1]), adminChat);
        assertThat(send(group, FakeUpdates.text(group, "/nhom@par_test_bot")))
                .contains("Nhóm này sẽ nhận cảnh báo hạn của");
        assertThat(NotifierInTestJvm.number("SELECT agency_id FROM telegram_group_subscription WHERE chat_id = "
                + group)).isEqualTo(occurrence[1]);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        try (NotifierInTestJvm notifier = new NotifierInTestJvm(telegram)) {
            telegram.answerNext("sendMessage", 1, ScriptedAnswer.groupUpgradedToSupergroup(supergroup));
            assertThat(notifier.remindGroup(group, occurrence[0], today).retried()).isEqualTo(1);
            assertThat(notifier.dispatch().sent()).isEqualTo(1);
        }

        assertThat(textsTo(supergroup)).singleElement().satisfies(call -> {
            assertThat(call.param("text")).contains("Nhắc việc cải cách hành chính ngày");
            assertThat(call.param("reply_markup")).as("the bot acts on occurrences only in private chats")
                    .isEmpty();
        });
        assertThat(NotifierInTestJvm.number("SELECT COUNT(*) FROM telegram_group_subscription WHERE chat_id = "
                + group)).isZero();
        assertThat(NotifierInTestJvm.number("SELECT agency_id FROM telegram_group_subscription WHERE chat_id = "
                + supergroup)).isEqualTo(occurrence[1]);
        assertThat(NotifierInTestJvm.text("SELECT status FROM alert_outbox WHERE alert_key = 'GROUP_REMINDER/daily/"
                + supergroup + "/" + today + "'")).isEqualTo("SENT");
    }

    private String send(long chat, ObjectNode update) {
        int before = textsTo(chat).size();
        telegram.queueUpdate(update);
        waitUntil(() -> textsTo(chat).size() > before, Duration.ofSeconds(30));
        return textsTo(chat).get(before).param("text");
    }

    private String press(long chat, String data) {
        int before = textsTo(chat).size();
        telegram.queueUpdate(FakeUpdates.callback(chat, "it-" + System.nanoTime(), data));
        waitUntil(() -> textsTo(chat).size() > before, Duration.ofSeconds(30));
        return textsTo(chat).get(before).param("text");
    }
}
