package vn.laichau.par.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.application.channel.ChannelWatch;
import vn.laichau.par.bot.command.BotUpdateHandler;
import vn.laichau.par.bot.command.ChatRateLimiter;
import vn.laichau.par.bot.command.Tracker;
import vn.laichau.par.bot.intake.ReconnectBackOff;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.FakeZaloApi;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.messenger.HandledEventRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;

/**
 * The Zalo bot end to end: Zalo polling against a fake Zalo Bot API on loopback, the Zalo adapter, the same
 * conversation core as Telegram's (a Telegram fake runs beside it) on MariaDB with the shipped plan; every answer
 * is read back from what the fake received.
 */
class ZaloBotEndToEndTest {

    private static final String OFFICIAL_USER = "8401000000000000001";
    private static final String STRANGER_USER = "8401000000000000999";
    private static final long OFFICIAL_TELEGRAM_CHAT = 9101;

    @TempDir
    static Path dataDirectory;

    private static BotDatabase database;
    private static MutableClock clock;
    private static BotFixture telegramBot;
    private static FakeZaloApi zalo;
    private static BotApiTelegramGateway telegram;
    private static ZaloPolling polling;
    private static final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private static long agency;
    private static long official;

    @BeforeAll
    static void start() throws Exception {
        database = BotDatabase.open();
        database.cleanAndLoadShippedPlan();
        clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        agency = database.number("SELECT agency_id FROM occurrence WHERE evidence_required GROUP BY agency_id "
                + "ORDER BY COUNT(*) DESC, agency_id LIMIT 1");
        official = database.inTransaction(em -> {
            Official added = new OfficialRepository(em)
                    .add(new Official("can.bo.zalo", "Lò Thị Zalo", agency, Set.of(Role.OFFICIAL)));
            em.flush();
            return added.id();
        });
        telegramBot = new BotFixture(database, clock, dataDirectory, new ChatRateLimiter(10_000, Duration.ofSeconds(1)));
        zalo = FakeZaloApi.start();
        telegram = new BotApiTelegramGateway(telegramBot.telegram.settings());
        Tracker tracker = BotDatabase.tracker(clock, dataDirectory);
        BotUpdateHandler core = new BotUpdateHandler(telegram,
                new ZaloPhotoDownloads(Duration.ofSeconds(5), Set.of(zalo.baseUrl().getHost())), database, tracker,
                new ChatRateLimiter(10_000, Duration.ofSeconds(1)), BotFixture.BOT_USERNAME, clock);
        ZaloBotApi api = new ZaloBotApi(zalo.settings());
        ZaloConversation conversation = new ZaloConversation(api, core, database, tracker.zaloLinks(), telegram);
        polling = ZaloPolling.start(api, conversation,
                key -> database.inTransaction(em -> new HandledEventRepository(em).claim("ZALO", key, clock.instant())),
                executor, ChannelWatch.none(), ReconnectBackOff::standard);
    }

    @AfterAll
    static void stop() throws Exception {
        if (polling != null) {
            polling.close();
        }
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        if (zalo != null) {
            zalo.close();
        }
        if (telegram != null) {
            telegram.close();
        }
        if (telegramBot != null) {
            telegramBot.close();
        }
    }

    /** Sends a text from a Zalo user and returns every part the bot answered with, joined by line breaks. */
    private static String say(String user, String text) {
        return String.join("\n", answer(user, () -> zalo.queueText(user, text)));
    }

    private static List<String> answer(String user, Runnable send) {
        int before = zalo.textsTo(user).size();
        send.run();
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.textsTo(user).size() > before);
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
        List<String> texts = zalo.textsTo(user);
        return new ArrayList<>(texts.subList(before, texts.size()));
    }

    private static String code(long officialId) {
        return database.inTransaction(em -> new TelegramLinkRepository(em, clock).issueCode(officialId).code());
    }

    private static synchronized void linkOfficial() {
        if (database.number("SELECT COUNT(*) FROM official WHERE zalo_user_id = '" + OFFICIAL_USER + "'") == 0) {
            assertThat(say(OFFICIAL_USER, "/start " + code(official))).contains("Đã liên kết").contains("Lò Thị Zalo");
        }
    }

    @Test
    void anUnlinkedZaloUserIsToldHowToLinkAndSeesNoData() {
        for (String command : List.of("/viec", "/quahan", "xin chào")) {
            assertThat(say(STRANGER_USER, command)).contains("chưa được liên kết").contains("/start")
                    .doesNotContain("<b>").doesNotContain("&lt;");
        }
    }

    @Test
    void aZaloUserLinksWithACodeThenGetsHelpAndTheAgencysObligations() {
        linkOfficial();
        assertThat(database.text("SELECT zalo_user_id FROM official WHERE id = " + official)).isEqualTo(OFFICIAL_USER);
        assertThat(database.text("SELECT used_by_messenger FROM telegram_link_code WHERE official_id = " + official
                + " ORDER BY id LIMIT 1")).isEqualTo("ZALO");
        String help = say(OFFICIAL_USER, "/help");
        assertThat(help).contains("/viec").contains("/capnhat").contains("/chiso").doesNotContain("<code>");
        String firstDue = database.text("SELECT t.code FROM occurrence o JOIN task t ON t.id = o.task_id "
                + "WHERE o.agency_id = " + agency + " AND o.finished_on IS NULL ORDER BY o.due_date, o.id LIMIT 1");
        String work = say(OFFICIAL_USER, "/viec");
        assertThat(work).contains("Việc đang mở").contains(firstDue).contains("/chon ");
    }

    @Test
    void aSpentCodeDoesNotLinkASecondZaloAccount() {
        String code = code(official);
        assertThat(say("8401000000000000555", "/start " + code)).contains("Đã liên kết");
        assertThat(say("8401000000000000556", "/start " + code)).contains("đã được dùng");
        assertThat(database.number("SELECT COUNT(*) FROM official WHERE zalo_user_id = '8401000000000000556'"))
                .isZero();
        assertThat(say(OFFICIAL_USER, "/start " + code(official))).contains("Đã liên kết");
    }

    @Test
    void oneOfficialHasTelegramAndZaloLinkedAndUsesBoth() {
        linkOfficial();
        assertThat(telegramBot.say(OFFICIAL_TELEGRAM_CHAT, "/start " + code(official))).contains("Đã liên kết");
        assertThat(database.number("SELECT telegram_chat_id FROM official WHERE id = " + official))
                .isEqualTo(OFFICIAL_TELEGRAM_CHAT);
        assertThat(database.text("SELECT zalo_user_id FROM official WHERE id = " + official)).isEqualTo(OFFICIAL_USER);
        assertThat(telegramBot.say(OFFICIAL_TELEGRAM_CHAT, "/viec")).contains("Việc đang mở");
        assertThat(say(OFFICIAL_USER, "/viec")).contains("Việc đang mở");
    }

    @Test
    void anEventDeliveredTwiceIsAnsweredOnce() {
        linkOfficial();
        ObjectNode event = new ObjectMapper().createObjectNode().put("event_name", "message.text.received");
        ObjectNode message = event.putObject("message").put("message_id", "repeated-1").put("text", "/help")
                .put("date", System.currentTimeMillis());
        message.putObject("from").put("id", OFFICIAL_USER).put("display_name", "Lò Thị Zalo").put("is_bot", false);
        message.putObject("chat").put("id", OFFICIAL_USER).put("chat_type", "PRIVATE");
        List<String> first = answer(OFFICIAL_USER, () -> zalo.queueEvent(event));
        int after = zalo.textsTo(OFFICIAL_USER).size();
        zalo.queueEvent(event);
        String marker = say(OFFICIAL_USER, "/sapden 3");
        assertThat(marker).isNotEmpty();
        assertThat(first).isNotEmpty();
        assertThat(zalo.textsTo(OFFICIAL_USER).subList(after, zalo.textsTo(OFFICIAL_USER).size()))
                .noneMatch(text -> text.contains("/capnhat"));
        assertThat(database.number("SELECT COUNT(*) FROM handled_messenger_event WHERE messenger = 'ZALO' "
                + "AND event_key = 'message.text.received:repeated-1'")).isEqualTo(1);
    }

    @Test
    void aButtonIsOfferedAsATypedCommandThatDoesTheSame() {
        linkOfficial();
        String settings = say(OFFICIAL_USER, "/caidat");
        assertThat(settings).contains("Telegram: bật").contains("/chon st-0");
        assertThat(say(OFFICIAL_USER, "/chon st-0")).contains("Telegram: tắt").contains("/chon st-1");
        assertThat(database.number("SELECT telegram_alerts FROM telegram_preference WHERE official_id = " + official))
                .isZero();
        assertThat(say(OFFICIAL_USER, "/chon st-1")).contains("Telegram: bật");
    }

    @Test
    void theOrderOfAlertChannelsIsChangedFromTheZaloBot() {
        linkOfficial();
        assertThat(say(OFFICIAL_USER, "/caidat")).contains("Zalo → Telegram → e-mail → trong ứng dụng");
        assertThat(say(OFFICIAL_USER, "/caidat kenh telegram zalo")).contains("Telegram → Zalo → trong ứng dụng");
        assertThat(database.text("SELECT channels FROM official_alert_channels WHERE official_id = " + official))
                .isEqualTo("TELEGRAM,ZALO");
        assertThat(say(OFFICIAL_USER, "/caidat kenh zalo zalo")).contains("mỗi kênh một lần");
        assertThat(say(OFFICIAL_USER, "/caidat kenh zalo telegram email")).contains("Zalo → Telegram → e-mail");
    }

    @Test
    void aPhotoSentWhileEvidenceIsExpectedBecomesEvidence() throws Exception {
        linkOfficial();
        long target = database.number("SELECT id FROM occurrence WHERE agency_id = " + agency
                + " AND finished_on IS NULL AND evidence_count = 0 ORDER BY due_date, id LIMIT 1");
        assertThat(say(OFFICIAL_USER, "/nop " + target)).contains(Long.toString(target));
        byte[] photo = jpeg(30_000);
        String url = zalo.servePhoto("anh-bien-ban.jpg", photo);
        List<String> stored = answer(OFFICIAL_USER, () -> zalo.queuePhoto(OFFICIAL_USER, url, ""));
        assertThat(String.join("\n", stored)).contains("Đã lưu tài liệu kiểm chứng").contains(Long.toString(target));
        assertThat(database.number("SELECT evidence_count FROM occurrence WHERE id = " + target)).isEqualTo(1);
        String where = " FROM evidence WHERE occurrence_id = " + target;
        assertThat(database.text("SELECT content_type" + where)).isEqualTo("image/jpeg");
        assertThat(Files.readAllBytes(dataDirectory.resolve(database.text("SELECT storage_path" + where))))
                .isEqualTo(photo);
    }

    @Test
    void aPhotoUrlIntoAPrivateNetworkOrNotHttpIsNotFetched() {
        linkOfficial();
        long target = database.number("SELECT id FROM occurrence WHERE agency_id = " + agency
                + " AND finished_on IS NULL AND evidence_count = 0 ORDER BY due_date DESC, id LIMIT 1");
        for (String url : List.of("http://10.1.2.3/anh.jpg", "http://169.254.169.254/latest/meta-data")) {
            String reply = String.join("\n", answer(OFFICIAL_USER,
                    () -> zalo.queuePhoto(OFFICIAL_USER, url, "#" + target)));
            assertThat(reply).contains("Không tải được tệp").doesNotContain("Đã lưu");
        }
        assertThat(database.number("SELECT evidence_count FROM occurrence WHERE id = " + target)).isZero();
    }

    @Test
    void aFiveThousandCharacterAnswerArrivesAsOrderedPartsOfAtMostTwoThousandWithNoItemCut() {
        StringBuilder html = new StringBuilder("<b>Việc đang mở</b>\n");
        List<String> items = new ArrayList<>();
        for (int i = 1; html.length() < 5_000; i++) {
            String item = i + ". Nhiệm vụ số " + i + " &amp; báo cáo kết quả cải cách hành chính, hạn 30/06/2019";
            items.add(item.replace("&amp;", "&"));
            html.append(item).append('\n');
        }
        String user = "8401000000000000777";
        var reply = vn.laichau.par.bot.command.Reply.text(html.toString());
        List<String> parts = answer(user, () -> new ZaloReplyOutput(new ZaloBotApi(zalo.settings()), user,
                key -> java.util.Optional.empty(), telegram).send(
                new vn.laichau.par.bot.command.Incoming.Text(-1L << 62, -1L << 62, true, "/viec"), reply));
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3).allSatisfy(part -> assertThat(part.length()).isBetween(1, 2_000));
        String joined = String.join("\n", parts);
        assertThat(joined).isEqualTo(PlainTextReplies.plain(html.toString()));
        for (String part : parts) {
            for (String line : part.split("\n")) {
                assertThat(line.equals("Việc đang mở") || items.contains(line)).as("whole item: " + line).isTrue();
            }
        }
        assertThat(parts.get(0)).startsWith("Việc đang mở\n1. ");
        assertThat(parts.get(parts.size() - 1)).endsWith(items.get(items.size() - 1));
    }

    @Test
    void aLongCommandAnswerArrivesInOrderedPartsOfAtMostTwoThousandCharacters() {
        linkOfficial();
        List<String> parts = answer(OFFICIAL_USER, () -> zalo.queueText(OFFICIAL_USER, "/sapden 366"));
        int total = parts.stream().mapToInt(String::length).sum();
        System.out.println("/sapden 366 answered in " + parts.size() + " parts, " + total + " characters");
        assertThat(total).isGreaterThan(2_000);
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(part.length()).isBetween(1, 2_000));
        assertThat(parts.get(parts.size() - 1)).contains("/chon ");
        for (int i = 0; i + 1 < parts.size(); i++) {
            assertThat(parts.get(i + 1)).doesNotStartWith(" ");
        }
    }

    private static byte[] jpeg(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 7);
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        return content;
    }
}
