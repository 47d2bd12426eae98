package vn.laichau.par.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.api.telegram.BotActionCommands;
import vn.laichau.par.api.telegram.TelegramAlertChannel;
import vn.laichau.par.api.zalo.ZaloAlertChannel;
import vn.laichau.par.application.channel.ChannelWatch;
import vn.laichau.par.bot.ZaloMessenger;
import vn.laichau.par.bot.command.BotUpdateHandler;
import vn.laichau.par.bot.command.ChatRateLimiter;
import vn.laichau.par.bot.command.Tracker;
import vn.laichau.par.bot.intake.ReconnectBackOff;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.BotPeople;
import vn.laichau.par.bot.testing.FakeZaloApi;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.bot.zalo.ZaloBotApi;
import vn.laichau.par.bot.zalo.ZaloConversation;
import vn.laichau.par.bot.zalo.ZaloPhotoDownloads;
import vn.laichau.par.bot.zalo.ZaloPolling;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.notifier.channel.InAppChannel;
import vn.laichau.par.notifier.delivery.DispatchReport;
import vn.laichau.par.notifier.delivery.DispatchSettings;
import vn.laichau.par.notifier.delivery.Dispatcher;
import vn.laichau.par.notifier.delivery.TelegramThrottle;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.notice.ExtensionNoticeOutbox;
import vn.laichau.par.notifier.outbox.OpenItemsCheck;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.messenger.HandledEventRepository;
import vn.laichau.par.persistence.notification.NotificationRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.outbox.AlertChannelOrderRepository;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.plan.TaskRepository;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;

/**
 * Extension notices as the application assembles them: the Telegram bot and the Zalo bot on one conversation core
 * whose extension use cases write to the notifier's outbox, and the notifier's dispatcher with the application's
 * Telegram, Zalo and in-app channels, against fake Bot APIs. A request made in Telegram reaches an administrator
 * on Telegram with the Duyệt / Từ chối buttons and one on Zalo with the same actions as typed commands, only when
 * the dispatcher runs and once; the Zalo administrator approves by typing the command; the requester and the other
 * administrator learn the decision from the next run.
 */
class ExtensionNoticeDeliveryTest {

    private static final long OFFICIAL_CHAT = 7501;
    private static final long ADMIN_CHAT = 7502;
    private static final String ZALO_ADMIN = "8401000000000000501";

    @TempDir
    static Path dataDirectory;

    private static BotDatabase database;
    private static MutableClock clock;
    private static BotFixture bot;
    private static FakeZaloApi zalo;
    private static BotApiTelegramGateway telegram;
    private static ZaloPolling polling;
    private static Dispatcher dispatcher;
    private static final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private static long agency;

    @BeforeAll
    static void start() throws Exception {
        database = BotDatabase.open();
        database.cleanAndLoadShippedPlan();
        clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        agency = database.number("SELECT agency_id FROM occurrence WHERE finished_on IS NULL GROUP BY agency_id "
                + "ORDER BY COUNT(*) DESC, agency_id LIMIT 1");
        long monitoring = database.number("SELECT id FROM agency WHERE code = 'SO_NOI_VU'");
        EntityManager em = BotDatabase.transactionsEntityManager();
        ExtensionNoticeOutbox notices = new ExtensionNoticeOutbox(new OutboxRepository(em), new OfficialRepository(em),
                new TaskRepository(em), new AgencyRepository(em), new TelegramPreferenceRepository(em),
                new AlertChannelOrderRepository(em), clock);
        bot = new BotFixture(database, clock, dataDirectory, new ChatRateLimiter(10_000, Duration.ofSeconds(1)),
                notices);
        zalo = FakeZaloApi.start();
        telegram = new BotApiTelegramGateway(bot.telegram.settings());
        Tracker tracker = BotDatabase.tracker(clock, dataDirectory, Optional.empty(), notices);
        BotUpdateHandler core = new BotUpdateHandler(telegram,
                new ZaloPhotoDownloads(Duration.ofSeconds(5), Set.of(zalo.baseUrl().getHost())), database, tracker,
                new ChatRateLimiter(10_000, Duration.ofSeconds(1)), BotFixture.BOT_USERNAME, clock);
        ZaloBotApi zaloApi = new ZaloBotApi(zalo.settings());
        polling = ZaloPolling.start(zaloApi, new ZaloConversation(zaloApi, core, database, tracker.zaloLinks(), telegram),
                key -> database.inTransaction(e -> new HandledEventRepository(e).claim("ZALO", key, clock.instant())),
                executor, ChannelWatch.none(), ReconnectBackOff::standard);
        dispatcher = new Dispatcher(database, new OutboxRepository(em), new TelegramPreferenceRepository(em),
                List.of(new TelegramAlertChannel(telegram, Optional.of("123456:test-token")),
                        new ZaloAlertChannel(new ZaloMessenger(Optional.of(zaloApi)), null),
                        new InAppChannel(database, new NotificationRepository(em, clock))),
                TelegramThrottle.telegramLimits(), DispatchSettings.defaults(), clock, clock::advance, () -> 0.0,
                "extension-notices", new OpenItemsCheck(new PlanningSource(Jpa.dataSource(), "SO_NOI_VU"),
                        AlertPolicy.defaults(), WorkingDayCalendar::vietnam,
                        new AlertMessageRenderer(new BotActionCommands())), null);

        BotPeople people = new BotPeople(database, clock, bot);
        people.link(people.add("de.nghi", agency, Role.OFFICIAL), OFFICIAL_CHAT);
        people.link(people.add("quan.tri.telegram", monitoring, Role.ADMIN), ADMIN_CHAT);
        long zaloAdmin = people.add("quan.tri.zalo", monitoring, Role.ADMIN);
        assertThat(sayOnZalo(ZALO_ADMIN, "/start " + people.code(zaloAdmin))).contains("Đã liên kết");
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
        if (bot != null) {
            bot.close();
        }
    }

    private static String sayOnZalo(String user, String text) {
        int before = zalo.textsTo(user).size();
        zalo.queueText(user, text);
        waitUntil(() -> zalo.textsTo(user).size() > before);
        pause(300);
        List<String> texts = zalo.textsTo(user);
        return String.join("\n", texts.subList(before, texts.size()));
    }

    private static void waitUntil(BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Nothing came within 15 s");
            }
            pause(20);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> zaloTextsSince(int before) {
        List<String> texts = zalo.textsTo(ZALO_ADMIN);
        return new ArrayList<>(texts.subList(before, texts.size()));
    }

    @Test
    void aRequestReachesTheAdminsThroughTheDispatcherOnceAndTheZaloAdminApprovesWithTheTypedCommand()
            throws Exception {
        long occurrence = database.number("SELECT id FROM occurrence WHERE agency_id = " + agency
                + " AND finished_on IS NULL ORDER BY due_date, id LIMIT 1");
        int toAdmin = bot.textsTo(ADMIN_CHAT).size();
        int toZaloAdmin = zalo.textsTo(ZALO_ADMIN).size();

        assertThat(bot.say(OFFICIAL_CHAT, "/giahan " + occurrence + " 31/12/2030 Chờ hướng dẫn của Bộ Nội vụ"))
                .contains("Đã gửi đề nghị gia hạn");
        long extension = database.number("SELECT id FROM deadline_extension WHERE occurrence_id = " + occurrence);
        assertThat(bot.textsTo(ADMIN_CHAT)).as("nothing before the dispatcher runs").hasSize(toAdmin);

        DispatchReport first = dispatcher.dispatchDue(5);

        assertThat(first.sent()).isEqualTo(2);
        assertThat(bot.textsTo(ADMIN_CHAT)).hasSize(toAdmin + 1);
        RecordedCall toTelegramAdmin = bot.textsTo(ADMIN_CHAT).get(toAdmin);
        assertThat(toTelegramAdmin.param("text")).contains("Đề nghị gia hạn").contains("kỳ <code>" + occurrence + "</code>")
                .contains("→ đề nghị 31/12/2030").contains("Chờ hướng dẫn của Bộ Nội vụ")
                .contains("Nguyễn Văn de.nghi");
        assertThat(toTelegramAdmin.param("reply_markup")).contains("\"ea:" + extension + "\"")
                .contains("\"er:" + extension + "\"").contains("Duyệt").contains("Từ chối");
        waitUntil(() -> zalo.textsTo(ZALO_ADMIN).size() > toZaloAdmin);
        assertThat(String.join("\n", zaloTextsSince(toZaloAdmin))).contains("Đề nghị gia hạn")
                .contains("→ đề nghị 31/12/2030").contains("/chon ea-" + extension)
                .contains("/chon er-" + extension);
        assertThat(bot.textsTo(OFFICIAL_CHAT).stream().map(call -> call.param("text")))
                .as("the requester is not told of their own request").noneMatch(t -> t.contains("⏳"));
        assertThat(dispatcher.dispatchDue(5).claimed()).as("a second run sends nothing twice").isZero();

        int toOfficial = bot.textsTo(OFFICIAL_CHAT).size();
        int adminBeforeDecision = bot.textsTo(ADMIN_CHAT).size();
        int zaloBeforeDecision = zalo.textsTo(ZALO_ADMIN).size();
        assertThat(sayOnZalo(ZALO_ADMIN, "/chon ea-" + extension)).contains("đã được duyệt: hạn mới 31/12/2030");
        assertThat(database.text("SELECT due_date FROM occurrence WHERE id = " + occurrence)).isEqualTo("2030-12-31");
        assertThat(database.text("SELECT decision_reference FROM deadline_extension WHERE id = " + extension))
                .startsWith("Zalo: ");
        assertThat(bot.textsTo(OFFICIAL_CHAT)).as("nothing before the dispatcher runs").hasSize(toOfficial);

        assertThat(dispatcher.dispatchDue(5).sent()).isEqualTo(2);

        assertThat(bot.textsTo(OFFICIAL_CHAT)).hasSize(toOfficial + 1);
        assertThat(bot.textsTo(OFFICIAL_CHAT).get(toOfficial).param("text"))
                .contains("đã được duyệt: hạn mới 31/12/2030").contains("Nguyễn Văn quan.tri.zalo");
        assertThat(bot.textsTo(ADMIN_CHAT)).hasSize(adminBeforeDecision + 1);
        assertThat(bot.textsTo(ADMIN_CHAT).get(adminBeforeDecision).param("text")).contains("đã được duyệt")
                .contains("(bởi Nguyễn Văn quan.tri.zalo)");
        assertThat(zalo.textsTo(ZALO_ADMIN)).as("the deciding admin only had the bot's answer")
                .hasSize(zaloBeforeDecision + 1);
        assertThat(dispatcher.dispatchDue(5).claimed()).isZero();
        assertThat(database.number("SELECT COUNT(*) FROM alert_outbox WHERE subject = 'ext-" + extension + "'"))
                .as("one notice per person and event").isEqualTo(4);
    }
}
