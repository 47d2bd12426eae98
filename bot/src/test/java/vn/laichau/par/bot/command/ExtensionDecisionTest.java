package vn.laichau.par.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.BotPeople;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.bot.testing.RecordedExtensionNotices;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.application.occurrence.ExtensionDecisions;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * An extension request with two linked admins: the request and the decision are handed to the notices once each
 * (the notifier delivers them; the bot sends nothing to the other chats itself), the first decision stands, and
 * the other admin's buttons say who decided and when without changing anything — also when both press at once.
 */
class ExtensionDecisionTest {

    private static final long OFFICIAL_CHAT = 7401;
    private static final long ADMIN_A_CHAT = 7402;
    private static final long ADMIN_B_CHAT = 7403;

    @TempDir
    static Path dataDirectory;

    private static BotDatabase database;
    private static MutableClock clock;
    private static BotFixture bot;
    private static final RecordedExtensionNotices notices = new RecordedExtensionNotices();
    private static BotPeople people;
    private static long agency;
    private static long adminA;
    private static long adminB;

    @BeforeAll
    static void start() throws Exception {
        database = BotDatabase.open();
        database.cleanAndLoadShippedPlan();
        clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        agency = database.number("SELECT agency_id FROM occurrence WHERE finished_on IS NULL GROUP BY agency_id "
                + "ORDER BY COUNT(*) DESC, agency_id LIMIT 1");
        long monitoring = database.number("SELECT id FROM agency WHERE id <> " + agency + " ORDER BY id LIMIT 1");
        bot = new BotFixture(database, clock, dataDirectory, new ChatRateLimiter(10_000, Duration.ofSeconds(1)),
                notices);
        people = new BotPeople(database, clock, bot);
        people.link(people.add("de.nghi", agency, Role.OFFICIAL), OFFICIAL_CHAT);
        adminA = people.add("quan.tri.a", monitoring, Role.ADMIN);
        adminB = people.add("quan.tri.b", monitoring, Role.ADMIN);
        people.link(adminA, ADMIN_A_CHAT);
        people.link(adminB, ADMIN_B_CHAT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
    }

    /** An open occurrence of the official's agency without a request yet; returns its id. */
    private static long openOccurrence(int skip) {
        return database.number("SELECT id FROM occurrence WHERE agency_id = " + agency + " AND finished_on IS NULL "
                + "AND id NOT IN (SELECT occurrence_id FROM deadline_extension) ORDER BY due_date, id LIMIT 1 OFFSET "
                + skip);
    }

    /**
     * The official asks; the request is handed to the notices once and neither admin's chat hears from the bot
     * directly. Returns the extension id.
     */
    private static long request(long occurrence, String newDue) {
        int toA = bot.textsTo(ADMIN_A_CHAT).size();
        int toB = bot.textsTo(ADMIN_B_CHAT).size();
        assertThat(bot.say(OFFICIAL_CHAT, "/giahan " + occurrence + " " + newDue + " Chờ hướng dẫn của Bộ"))
                .contains("Đã gửi đề nghị gia hạn");
        long extension = database.number("SELECT id FROM deadline_extension WHERE occurrence_id = " + occurrence);
        assertThat(notices.about(extension)).containsExactly(ExtensionStatus.PENDING);
        assertThat(bot.textsTo(ADMIN_A_CHAT)).hasSize(toA);
        assertThat(bot.textsTo(ADMIN_B_CHAT)).hasSize(toB);
        return extension;
    }

    private static long decisionsOn(long extension) {
        return database.number("SELECT COUNT(*) FROM audit_entry WHERE entity = 'deadline_extension' AND entity_id = "
                + extension + " AND field = 'status' AND new_value <> 'PENDING'");
    }

    @Test
    void aSecondRequestWhileTheFirstIsPendingIsAnsweredWithTheUseCasesReasonTypedOrBeforeTheDialogAsks() {
        long occurrence = openOccurrence(0);
        long extension = request(occurrence, "31/10/2030");
        int toA = bot.textsTo(ADMIN_A_CHAT).size();
        long version = database.number("SELECT version FROM occurrence WHERE id = " + occurrence);

        String typed = bot.say(OFFICIAL_CHAT, "/giahan " + occurrence + " 31/12/2030 Cần thêm thời gian");
        assertThat(typed).startsWith("Kỳ " + occurrence + " đã có đề nghị gia hạn đến 31/10/2030 (gửi ngày 15/06/2019)")
                .contains("đang chờ quyết định").doesNotContain("waiting").doesNotContain("—");
        assertThat(bot.say(OFFICIAL_CHAT, "/giahan_" + occurrence)).as("refused before the date is asked for")
                .isEqualTo(typed);
        assertThat(bot.say(OFFICIAL_CHAT, "/giahan " + occurrence)).isEqualTo(typed);
        assertThat(bot.press(OFFICIAL_CHAT, "g:" + occurrence + ":" + version)).isEqualTo(typed);
        assertThat(database.number("SELECT COUNT(*) FROM telegram_dialog WHERE chat_id = " + OFFICIAL_CHAT))
                .as("no dialog waits for a date and a reason").isZero();
        assertThat(bot.say(OFFICIAL_CHAT, "31/12/2030 Cần thêm thời gian")).contains("Bot chưa hiểu tin nhắn này");

        assertThat(database.number("SELECT COUNT(*) FROM deadline_extension WHERE occurrence_id = " + occurrence))
                .isOne();
        assertThat(notices.about(extension)).as("the refused requests tell nobody")
                .containsExactly(ExtensionStatus.PENDING);
        assertThat(bot.textsTo(ADMIN_A_CHAT)).hasSize(toA);
    }

    @Test
    void theFirstAdminsDecisionStandsAndTheOtherAdminIsToldWhoDecidedAndWhen() {
        long occurrence = openOccurrence(0);
        String dueBefore = database.text("SELECT due_date FROM occurrence WHERE id = " + occurrence);
        long extension = request(occurrence, "31/12/2030");
        int toOfficial = bot.textsTo(OFFICIAL_CHAT).size();
        int toB = bot.textsTo(ADMIN_B_CHAT).size();

        assertThat(bot.press(ADMIN_A_CHAT, "ea:" + extension)).contains("đã được duyệt: hạn mới 31/12/2030");
        assertThat(database.text("SELECT due_date FROM occurrence WHERE id = " + occurrence)).isEqualTo("2030-12-31");
        assertThat(notices.about(extension)).containsExactly(ExtensionStatus.PENDING, ExtensionStatus.APPROVED);

        clock.advance(Duration.ofMinutes(7));
        String late = bot.press(ADMIN_B_CHAT, "er:" + extension);
        assertThat(late).contains("đã được Nguyễn Văn quan.tri.a duyệt lúc 09:00 15/06/2019")
                .contains("hạn mới 31/12/2030").contains("Không thay đổi gì thêm");
        assertThat(bot.telegram.calls("answerCallbackQuery")).anyMatch(c -> c.param("text")
                .contains("Đã được Nguyễn Văn quan.tri.a duyệt trước"));
        assertThat(bot.press(ADMIN_A_CHAT, "ea:" + extension)).contains("Không thay đổi gì thêm");

        assertThat(database.text("SELECT status FROM deadline_extension WHERE id = " + extension)).isEqualTo("APPROVED");
        assertThat(database.number("SELECT decided_by FROM deadline_extension WHERE id = " + extension))
                .isEqualTo(adminA);
        assertThat(database.text("SELECT due_date FROM occurrence WHERE id = " + occurrence)).isEqualTo("2030-12-31")
                .isNotEqualTo(dueBefore);
        assertThat(decisionsOn(extension)).isEqualTo(1);
        assertThat(database.number("SELECT COUNT(*) FROM audit_entry WHERE entity = 'occurrence' AND entity_id = "
                + occurrence + " AND field = 'due_date'")).isEqualTo(1);
        assertThat(notices.about(extension)).as("the later presses tell nobody")
                .containsExactly(ExtensionStatus.PENDING, ExtensionStatus.APPROVED);
        assertThat(bot.textsTo(OFFICIAL_CHAT)).as("the bot itself sends the requester nothing").hasSize(toOfficial);
        assertThat(bot.textsTo(ADMIN_B_CHAT)).as("only the answer to its own press").hasSize(toB + 1);
    }

    @Test
    void whenBothAdminsDecideAtTheSameMomentTheLaterOneIsToldTheOutcomeAndNothingChangesTwice() {
        long occurrence = openOccurrence(1);
        long extension = request(occurrence, "30/11/2030");
        long version = database.number("SELECT version FROM deadline_extension WHERE id = " + extension);
        AtomicBoolean adminADecided = new AtomicBoolean();
        Tracker tracker = bot.tracker;
        EntityManager em = BotDatabase.transactionsEntityManager();
        ExtensionDecisions racing = new ExtensionDecisions(new OfficialRepository(em), new OccurrenceRepository(em),
                new AuditTrail(em, clock), notices, clock) {
            @Override
            public DeadlineExtension decide(long officialId, Channel channel, long extensionId,
                                            long expectedVersion, boolean approve, String reference) {
                if (adminADecided.compareAndSet(false, true)) {
                    database.inTransaction(() -> tracker.extensionDecisions().decide(adminA, Channel.API,
                            extensionId, version, true, "QĐ 12/QĐ-SNV"));
                }
                return super.decide(officialId, channel, extensionId, expectedVersion, approve, reference);
            }
        };
        Tracker racingWork = new Tracker(tracker.progress(), tracker.finishing(), tracker.evidence(),
                tracker.extensionRequests(), racing, tracker.occurrences(), tracker.tasks(), tracker.links(),
                tracker.preferences(), tracker.dialogs(), tracker.zaloLinks(), tracker.channelOrders(),
                tracker.reports(), tracker.parIndex(), tracker.downloads());
        try (BotApiTelegramGateway gateway = new BotApiTelegramGateway(bot.telegram.settings())) {
            BotUpdateHandler adminBsBot = new BotUpdateHandler(gateway, database, racingWork,
                    new ChatRateLimiter(10_000, Duration.ofSeconds(1)), BotFixture.BOT_USERNAME, clock);

            Reply reply = adminBsBot.reply(new Incoming.ButtonPress(ADMIN_B_CHAT, ADMIN_B_CHAT, true, "race",
                    "er:" + extension));

            assertThat(adminADecided).isTrue();
            assertThat(reply.html()).contains("đã được Nguyễn Văn quan.tri.a duyệt")
                    .contains("hạn mới 30/11/2030").contains("Không thay đổi gì thêm");
            assertThat(reply.others()).isEmpty();
            assertThat(notices.about(extension)).as("the losing decision tells nobody")
                    .containsExactly(ExtensionStatus.PENDING, ExtensionStatus.APPROVED);
        }
        assertThat(database.text("SELECT status FROM deadline_extension WHERE id = " + extension)).isEqualTo("APPROVED");
        assertThat(database.number("SELECT decided_by FROM deadline_extension WHERE id = " + extension))
                .isEqualTo(adminA);
        assertThat(database.text("SELECT due_date FROM occurrence WHERE id = " + occurrence)).isEqualTo("2030-11-30");
        assertThat(decisionsOn(extension)).isEqualTo(1);
    }
}
