package vn.laichau.par.bot.command;

import vn.laichau.par.domain.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.bot.testing.RecordedExtensionNotices;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;

/**
 * The bot end to end: the real TelegramBots library polls a fake Bot API, the handler runs on MariaDB with the
 * shipped plan loaded, and every reply is read back from what the fake received.
 */
class BotEndToEndTest {

    private static final long OFFICIAL_CHAT = 7001;
    private static final long OTHER_AGENCY_CHAT = 7002;
    private static final long LEADER_CHAT = 7003;
    private static final long ADMIN_CHAT = 7004;
    private static final long STRANGER_CHAT = 7999;

    @TempDir
    static Path dataDirectory;

    private static BotDatabase database;
    private static MutableClock clock;
    private static BotFixture bot;
    private static final RecordedExtensionNotices notices = new RecordedExtensionNotices();
    private static long agency;
    private static long otherAgency;
    private static long official;
    private static long otherOfficial;
    private static long leader;

    @BeforeAll
    static void start() throws Exception {
        database = BotDatabase.open();
        database.cleanAndLoadShippedPlan();
        clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        agency = database.number("SELECT agency_id FROM occurrence WHERE evidence_required GROUP BY agency_id "
                + "ORDER BY COUNT(*) DESC, agency_id LIMIT 1");
        otherAgency = database.number("SELECT agency_id FROM occurrence WHERE agency_id <> " + agency
                + " GROUP BY agency_id ORDER BY COUNT(*) DESC, agency_id LIMIT 1");
        official = addOfficial("can.bo", agency, Set.of(Role.OFFICIAL));
        otherOfficial = addOfficial("can.bo.khac", otherAgency, Set.of(Role.OFFICIAL));
        leader = addOfficial("lanh.dao", otherAgency, Set.of(Role.LEADER));
        long admin = addOfficial("quan.tri", otherAgency, Set.of(Role.ADMIN));
        bot = new BotFixture(database, clock, dataDirectory, new ChatRateLimiter(10_000, Duration.ofSeconds(1)),
                notices);
        link(otherOfficial, OTHER_AGENCY_CHAT);
        link(leader, LEADER_CHAT);
        link(admin, ADMIN_CHAT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
    }

    private static long addOfficial(String username, long agencyId, Set<Role> roles) {
        return database.inTransaction(em -> {
            Official added = new OfficialRepository(em)
                    .add(new Official(username, "Nguyễn Văn " + username, agencyId, roles));
            em.flush();
            return added.id();
        });
    }

    private static String code(long officialId) {
        return database.inTransaction(em -> new TelegramLinkRepository(em, clock).issueCode(officialId).code());
    }

    private static void link(long officialId, long chat) {
        assertThat(bot.say(chat, "/start " + code(officialId))).contains("Đã liên kết");
    }

    private static void linkOfficial() {
        if (database.number("SELECT COUNT(*) FROM official WHERE telegram_chat_id = " + OFFICIAL_CHAT) == 0) {
            link(official, OFFICIAL_CHAT);
        }
    }

    private static long openOccurrence(long agencyId, boolean evidenceRequired) {
        return database.number("SELECT id FROM occurrence WHERE agency_id = " + agencyId + " AND finished_on IS NULL"
                + " AND evidence_count = 0 ORDER BY evidence_required = " + evidenceRequired + " DESC, due_date, id"
                + " LIMIT 1");
    }

    @Test
    void anUnlinkedChatIsToldHowToLinkAndSeesNoData() {
        for (String command : List.of("/viec", "/quahan", "/nv I.1", "/xong_1", "/chiso", "xin chào")) {
            String reply = bot.say(STRANGER_CHAT, command);
            assertThat(reply).contains("chưa được liên kết").contains("/start").doesNotContain("Hạn ");
        }
        assertThat(bot.press(STRANGER_CHAT, "x:1")).contains("chưa được liên kết");
    }

    @Test
    void aCodeLinksOnceAndExpiresAfterFifteenMinutes() {
        long person = addOfficial("lien.ket", agency, Set.of(Role.OFFICIAL));
        String used = code(person);
        assertThat(bot.say(7101, "/start " + used)).contains("Đã liên kết").contains("Nguyễn Văn lien.ket");
        assertThat(bot.say(7102, "/start " + used)).contains("đã được dùng");
        assertThat(bot.say(7102, "/viec")).contains("chưa được liên kết");

        String late = code(person);
        clock.advance(Duration.ofMinutes(16));
        try {
            assertThat(bot.say(7103, "/start " + late)).contains("hết hạn");
        } finally {
            clock.advance(Duration.ofMinutes(-16));
        }
        assertThat(bot.say(7103, "/start khong-co-ma-nay")).contains("không đúng");

        assertThat(bot.say(7101, "/huy_lienket")).contains("Đã hủy liên kết");
        assertThat(bot.say(7101, "/viec")).contains("chưa được liên kết");
        assertThat(database.number("SELECT COUNT(*) FROM official WHERE telegram_chat_id = 7101")).isZero();
    }

    @Test
    void viecListsTheAgencysOpenOccurrencesSoonestFirstInPages() {
        linkOfficial();
        RecordedCall first = bot.send(OFFICIAL_CHAT, FakeUpdates.text(OFFICIAL_CHAT, "/viec"));
        assertThat(first.param("text")).contains("Việc đang mở của đơn vị").contains("trang 1/");
        assertThat(first.param("reply_markup")).contains("\"callback_data\":\"o:").contains("vp:1");
        assertThat(bot.press(OFFICIAL_CHAT, "vp:1")).contains("trang 2/");
        assertThat(bot.telegram.calls("answerCallbackQuery")).isNotEmpty();

        long id = openOccurrence(agency, true);
        RecordedCall card = bot.send(OFFICIAL_CHAT, FakeUpdates.callback(OFFICIAL_CHAT, "card", "o:" + id));
        assertThat(card.param("text")).contains("mã kỳ <code>" + id + "</code>").contains("Hạn:");
        assertThat(card.param("reply_markup")).contains("x:" + id).contains("g:" + id).contains("e:" + id);
    }

    @Test
    void overdueUpcomingSearchAndTaskCommandsAnswer() {
        linkOfficial();
        assertThat(bot.say(OFFICIAL_CHAT, "/quahan")).containsAnyOf("Việc quá hạn", "không có việc quá hạn");
        assertThat(bot.say(OFFICIAL_CHAT, "/sapden 300")).contains("trong 300 ngày tới")
                .doesNotContain("Số ngày phải");
        assertThat(bot.say(OFFICIAL_CHAT, "/upcoming")).contains("trong 14 ngày tới");
        assertThat(bot.say(OFFICIAL_CHAT, "/sapden mai")).contains("Số ngày phải là một số");
        assertThat(bot.say(OFFICIAL_CHAT, "/tim cai cach")).contains("/nv ");
        assertThat(bot.say(OFFICIAL_CHAT, "/tim")).contains("Gõ từ khóa");
        assertThat(bot.say(OFFICIAL_CHAT, "/tim xyzxyzxyz")).contains("Không tìm thấy");
        String task = database.text("SELECT code FROM task ORDER BY position LIMIT 1");
        assertThat(bot.say(OFFICIAL_CHAT, "/nv " + task)).contains("<b>" + task + "</b>").contains("Chủ trì:")
                .contains("Tài liệu kiểm chứng:").contains("Tình hình năm 2019");
        assertThat(bot.say(OFFICIAL_CHAT, "/nv IX.99.9")).contains("Không có nhiệm vụ mã");
        assertThat(bot.say(OFFICIAL_CHAT, "/khongcolenh")).contains("không có lệnh").contains("/help");
        assertThat(bot.say(OFFICIAL_CHAT, "/help")).contains("/viec").contains("/tasks").contains("/chiso");
    }

    @Test
    void progressIsReportedThroughButtonsThenANote() {
        linkOfficial();
        long id = openOccurrence(agency, false);
        RecordedCall percents = bot.send(OFFICIAL_CHAT, FakeUpdates.text(OFFICIAL_CHAT, "/capnhat_" + id));
        long version = database.number("SELECT version FROM occurrence WHERE id = " + id);
        assertThat(percents.param("reply_markup")).contains("pc:" + id + ":50:" + version);
        assertThat(bot.press(OFFICIAL_CHAT, "pc:" + id + ":50:" + version)).contains("Gửi một ghi chú");
        assertThat(database.text("SELECT step FROM telegram_dialog WHERE chat_id = " + OFFICIAL_CHAT))
                .isEqualTo("PROGRESS_NOTE");
        assertThat(bot.say(OFFICIAL_CHAT, "Đã trình dự thảo <b>kế hoạch</b>")).contains("Đã ghi tiến độ 50 %");

        assertThat(database.number("SELECT progress_percent FROM occurrence WHERE id = " + id)).isEqualTo(50);
        assertThat(database.text("SELECT note FROM progress_report WHERE occurrence_id = " + id))
                .isEqualTo("Đã trình dự thảo <b>kế hoạch</b>");
        assertThat(database.text("SELECT channel FROM progress_report WHERE occurrence_id = " + id)).isEqualTo("BOT");
        assertThat(database.number("SELECT COUNT(*) FROM audit_entry WHERE entity = 'occurrence' AND entity_id = "
                + id + " AND channel = 'BOT'")).isPositive();
        assertThat(database.number("SELECT COUNT(*) FROM telegram_dialog WHERE chat_id = " + OFFICIAL_CHAT)).isZero();

        assertThat(bot.say(OFFICIAL_CHAT, "/capnhat " + id + " 75 Xong bước hai")).contains("75 %");
        assertThat(bot.say(OFFICIAL_CHAT, "/capnhat " + id + " 150")).contains("từ 0 đến 100");
        assertThat(bot.say(OFFICIAL_CHAT, "/capnhat " + id + " 80 Xong\u0007bước ba"))
                .isEqualTo("Ghi chú tiến độ chứa ký tự điều khiển hoặc ký tự vô hình (U+0007)");
        assertThat(database.number("SELECT progress_percent FROM occurrence WHERE id = " + id)).isEqualTo(75);
        // pasted from another chat: its zero-width space is dropped, not refused
        assertThat(bot.say(OFFICIAL_CHAT, "/capnhat " + id + " 80 Xong\u200B bước ba")).contains("80 %");
        assertThat(database.text("SELECT note FROM progress_report WHERE occurrence_id = " + id
                + " ORDER BY id DESC LIMIT 1")).isEqualTo("Xong bước ba");
    }

    @Test
    void evidenceFromTheChatIsStoredAndThenTheOccurrenceCanBeFinished() throws Exception {
        linkOfficial();
        long id = openOccurrence(agency, true);
        assertThat(bot.say(OFFICIAL_CHAT, "/xong_" + id)).contains("cần tài liệu kiểm chứng");

        byte[] pdf = "%PDF-1.4 quyết định".getBytes(StandardCharsets.UTF_8);
        String fileId = bot.telegram.addFile("documents/file_1.pdf", pdf);
        RecordedCall stored = bot.send(OFFICIAL_CHAT,
                FakeUpdates.document(OFFICIAL_CHAT, fileId, "Quyết định 12.pdf", "Minh chứng #" + id));
        assertThat(stored.param("text")).contains("Đã lưu tài liệu kiểm chứng").contains("Quyết định 12.pdf");
        assertThat(database.number("SELECT evidence_count FROM occurrence WHERE id = " + id)).isEqualTo(1);
        String path = database.text("SELECT storage_path FROM evidence WHERE occurrence_id = " + id);
        assertThat(Files.readAllBytes(dataDirectory.resolve(path))).isEqualTo(pdf);
        assertThat(database.text("SELECT content_type FROM evidence WHERE occurrence_id = " + id))
                .isEqualTo("application/pdf");

        assertThat(bot.say(OFFICIAL_CHAT, "/done " + id)).contains("Đã ghi nhận hoàn thành").contains("15/06/2019");
        assertThat(database.text("SELECT finished_on FROM occurrence WHERE id = " + id)).isEqualTo("2019-06-15");
        assertThat(bot.say(OFFICIAL_CHAT, "/xong " + id)).contains("đã hoàn thành ngày 15/06/2019");
    }

    @Test
    void theEvidenceButtonWaitsForTheFile() {
        linkOfficial();
        long id = openOccurrence(agency, true);
        long version = database.number("SELECT version FROM occurrence WHERE id = " + id);
        assertThat(bot.press(OFFICIAL_CHAT, "e:" + id + ":" + version)).contains("Gửi tệp tài liệu kiểm chứng");
        String photoId = bot.telegram.addFile("photos/p.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        assertThat(bot.send(OFFICIAL_CHAT, FakeUpdates.document(OFFICIAL_CHAT, photoId, "bien-ban.jpg", null))
                .param("text")).contains("Đã lưu tài liệu kiểm chứng").contains("<code>" + id + "</code>");
    }

    @Test
    void forbiddenOrTooLargeFilesAreRefusedWithAReason() {
        linkOfficial();
        long id = openOccurrence(agency, true);
        String exe = bot.telegram.addFile("documents/x.exe", new byte[] {1});
        assertThat(bot.send(OFFICIAL_CHAT, FakeUpdates.document(OFFICIAL_CHAT, exe, "setup.exe", "#" + id))
                .param("text")).contains("Không nhận loại tệp này");
        ObjectNode huge = FakeUpdates.document(OFFICIAL_CHAT, "file-huge", "bao-cao.pdf", "#" + id);
        ((ObjectNode) huge.get("message").get("document")).put("file_size", 30L * 1024 * 1024);
        assertThat(bot.send(OFFICIAL_CHAT, huge).param("text")).contains("Tệp lớn quá");
        assertThat(database.number("SELECT COUNT(*) FROM evidence WHERE file_name IN ('setup.exe', 'bao-cao.pdf')"))
                .isZero();
    }

    /** What the API answers when {@code officialId} marks the occurrence finished: the use case's refusal. */
    private static Refusal apiFinishRefusal(long officialId, long occurrenceId) {
        long version = database.number("SELECT version FROM occurrence WHERE id = " + occurrenceId);
        Throwable thrown = catchThrowable(() -> database.inTransaction(
                () -> bot.tracker.finishing().finish(officialId, Channel.API, occurrenceId, version)));
        assertThat(thrown).isInstanceOf(Refusal.class);
        return (Refusal) thrown;
    }

    @Test
    void anOfficialCannotActOnAnotherAgencysOccurrenceAndIsToldTheApisReason() {
        linkOfficial();
        long theirs = openOccurrence(otherAgency, false);
        long before = database.number("SELECT version FROM occurrence WHERE id = " + theirs);
        Refusal api = apiFinishRefusal(official, theirs);
        assertThat(api.reason()).isEqualTo(Refusal.Reason.FORBIDDEN);
        String reason = api.detailVi();
        assertThat(reason).contains("cơ quan mình");

        assertThat(bot.say(OFFICIAL_CHAT, "/xong_" + theirs)).isEqualTo(reason);
        assertThat(bot.press(OFFICIAL_CHAT, "x:" + theirs + ":" + before)).isEqualTo(reason);
        assertThat(bot.say(OFFICIAL_CHAT, "/capnhat " + theirs + " 40")).isEqualTo(reason);
        assertThat(bot.press(OFFICIAL_CHAT, "pc:" + theirs + ":40:" + before)).isEqualTo(reason);
        assertThat(bot.say(OFFICIAL_CHAT, "/giahan " + theirs + " 31/12/2030 lý do")).isEqualTo(reason);
        assertThat(bot.press(OFFICIAL_CHAT, "e:" + theirs + ":" + before)).isEqualTo(reason);
        assertThat(database.number("SELECT version FROM occurrence WHERE id = " + theirs)).isEqualTo(before);
        assertThat(database.number("SELECT COUNT(*) FROM deadline_extension WHERE occurrence_id = " + theirs)).isZero();
        assertThat(bot.say(OFFICIAL_CHAT, "/xong_999999999")).contains("Không tìm thấy kỳ");
        assertThat(bot.say(OFFICIAL_CHAT, "/tongquan")).contains("dành cho lãnh đạo");
    }

    @Test
    void aLeaderCannotMarkAnOccurrenceFinishedThroughTheBot() {
        long ofTheirAgency = openOccurrence(otherAgency, false);
        long before = database.number("SELECT version FROM occurrence WHERE id = " + ofTheirAgency);
        String audited = "SELECT COUNT(*) FROM audit_entry WHERE entity = 'occurrence' AND entity_id = " + ofTheirAgency;
        long auditedBefore = database.number(audited);
        Refusal api = apiFinishRefusal(leader, ofTheirAgency);
        assertThat(api.reason()).isEqualTo(Refusal.Reason.FORBIDDEN);

        assertThat(bot.say(LEADER_CHAT, "/xong_" + ofTheirAgency)).isEqualTo(api.detailVi()).contains("lãnh đạo");
        assertThat(bot.press(LEADER_CHAT, "x:" + ofTheirAgency + ":" + before)).isEqualTo(api.detailVi());
        assertThat(bot.say(LEADER_CHAT, "/capnhat " + ofTheirAgency + " 100 xong")).isEqualTo(api.detailVi());
        assertThat(database.text("SELECT finished_on FROM occurrence WHERE id = " + ofTheirAgency)).isNull();
        assertThat(database.number("SELECT version FROM occurrence WHERE id = " + ofTheirAgency)).isEqualTo(before);
        assertThat(database.number(audited)).isEqualTo(auditedBefore);
    }

    @Test
    void theOfficialOfTheAgencyFinishesTheSameOccurrenceThroughTheBot() {
        long ours = openOccurrence(otherAgency, false);
        String fileId = bot.telegram.addFile("documents/bien-ban.pdf",
                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8));
        assertThat(bot.send(OTHER_AGENCY_CHAT, FakeUpdates.document(OTHER_AGENCY_CHAT, fileId, "Biên bản.pdf",
                "#" + ours)).param("text")).contains("Đã lưu tài liệu kiểm chứng");
        assertThat(database.text("SELECT channel FROM audit_entry WHERE entity = 'occurrence' AND entity_id = " + ours
                + " AND field = 'evidence'")).isEqualTo("BOT");
        String reply = bot.say(OTHER_AGENCY_CHAT, "/xong_" + ours);
        assertThat(reply).contains("Đã ghi nhận hoàn thành").contains("15/06/2019");
        assertThat(database.text("SELECT finished_on FROM occurrence WHERE id = " + ours)).isEqualTo("2019-06-15");
        assertThat(database.text("SELECT channel FROM audit_entry WHERE entity = 'occurrence' AND entity_id = " + ours
                + " AND field = 'finished_on'")).isEqualTo("BOT");
        assertThat(bot.say(OTHER_AGENCY_CHAT, "/xong_" + ours)).contains("đã hoàn thành ngày 15/06/2019");
    }

    @Test
    void anExtensionRequestGoesToTheNoticesNotStraightToTheAdminsChatAndTheAdminApprovesItWithAButton() {
        linkOfficial();
        long id = openOccurrence(agency, false);
        assertThat(bot.say(OFFICIAL_CHAT, "/giahan_" + id)).contains("Gửi hạn mới và lý do");
        assertThat(bot.say(OFFICIAL_CHAT, "31/02/2031 Chờ hướng dẫn")).as("a date that does not exist is named")
                .contains("Không có ngày <code>31/02/2031</code> trong lịch");
        assertThat(bot.say(OFFICIAL_CHAT, "31/12/2030")).as("a date without a reason asks for the reason")
                .contains("Xin ghi thêm lý do sau ngày 31/12/2030");
        assertThat(database.number("SELECT COUNT(*) FROM deadline_extension WHERE occurrence_id = " + id)).isZero();
        int adminBefore = bot.textsTo(ADMIN_CHAT).size();
        assertThat(bot.say(OFFICIAL_CHAT, "31/12/2030 Chờ hướng dẫn của Bộ Nội vụ")).contains("Đã gửi đề nghị gia hạn");
        long extension = database.number("SELECT id FROM deadline_extension WHERE occurrence_id = " + id);
        assertThat(notices.about(extension)).as("told once, through the notifier's outbox")
                .containsExactly(ExtensionStatus.PENDING);

        assertThat(bot.press(OFFICIAL_CHAT, "ea:" + extension)).contains("Chỉ quản trị viên");
        int officialBefore = bot.textsTo(OFFICIAL_CHAT).size();
        assertThat(bot.press(ADMIN_CHAT, "ea:" + extension)).contains("đã được duyệt");
        assertThat(database.text("SELECT due_date FROM occurrence WHERE id = " + id)).isEqualTo("2030-12-31");
        assertThat(notices.about(extension)).containsExactly(ExtensionStatus.PENDING, ExtensionStatus.APPROVED);
        assertThat(bot.press(ADMIN_CHAT, "er:" + extension)).contains("đã được Nguyễn Văn quan.tri duyệt")
                .contains("Không thay đổi gì thêm");
        assertThat(notices.about(extension)).as("a late press tells nobody")
                .containsExactly(ExtensionStatus.PENDING, ExtensionStatus.APPROVED);
        assertThat(bot.say(OFFICIAL_CHAT, "/giahan " + id + " hôm nay")).contains("hạn mới");
        assertThat(bot.textsTo(ADMIN_CHAT)).as("the admin's chat had only the answers to the presses")
                .hasSize(adminBefore + 2);
        assertThat(bot.textsTo(OFFICIAL_CHAT)).as("the requester's chat had only the bot's answers")
                .hasSize(officialBefore + 1);
    }

    @Test
    void leadersSeeTheOverviewAndEveryoneThePariIndexWithAChart() {
        linkOfficial();
        assertThat(bot.say(LEADER_CHAT, "/tongquan")).contains("Tổng quan").contains("Cả tỉnh:")
                .contains("quá hạn");
        int photos = bot.to(OFFICIAL_CHAT, "sendPhoto").size();
        assertThat(bot.say(OFFICIAL_CHAT, "/chiso")).contains("Chỉ số CCHC").contains("xếp hạng");
        List<RecordedCall> sent = bot.to(OFFICIAL_CHAT, "sendPhoto");
        assertThat(sent).hasSize(photos + 1);
        byte[] png = sent.get(photos).files().get("photo").content();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void settingsMuteATaskSetQuietHoursAndSwitchChannels() {
        linkOfficial();
        String task = database.text("SELECT code FROM task ORDER BY position LIMIT 1");
        assertThat(bot.say(OFFICIAL_CHAT, "/caidat")).contains("Cài đặt nhắc việc");
        assertThat(bot.say(OFFICIAL_CHAT, "/caidat tat " + task)).contains("Đã tắt nhắc nhiệm vụ " + task);
        assertThat(bot.say(OFFICIAL_CHAT, "/caidat yenlang 22:00-6:30")).contains("22:00–06:30");
        assertThat(bot.say(OFFICIAL_CHAT, "/caidat yenlang 25:00-6")).contains("dạng");
        assertThat(bot.press(OFFICIAL_CHAT, "se:0")).contains("Thư điện tử: tắt");
        assertThat(database.number("SELECT email_alerts FROM telegram_preference WHERE official_id = " + official))
                .isZero();
        assertThat(database.number("SELECT COUNT(*) FROM telegram_muted_task WHERE official_id = " + official))
                .isEqualTo(1);
    }

    @Test
    void anAdminSubscribesAGroupChatAndCommandsWithDataStayPrivate() {
        long group = -100_123;
        ObjectNode fromAdmin = FakeUpdates.text(group, "/nhom@" + BotFixture.BOT_USERNAME);
        ((ObjectNode) fromAdmin.get("message").get("from")).put("id", ADMIN_CHAT);
        ((ObjectNode) fromAdmin.get("message").get("chat")).put("type", "supergroup");
        assertThat(bot.send(group, fromAdmin).param("text")).contains("Nhóm này sẽ nhận cảnh báo");
        assertThat(database.number("SELECT agency_id FROM telegram_group_subscription WHERE chat_id = " + group))
                .isEqualTo(otherAgency);
        ObjectNode viec = FakeUpdates.text(group, "/viec");
        ((ObjectNode) viec.get("message").get("from")).put("id", ADMIN_CHAT);
        ((ObjectNode) viec.get("message").get("chat")).put("type", "supergroup");
        assertThat(bot.send(group, viec).param("text")).contains("chỉ dùng khi nhắn riêng");
    }

    @Test
    void aBadUpdateGetsAShortAnswerAndTheNextOneIsHandled() {
        linkOfficial();
        assertThat(bot.press(OFFICIAL_CHAT, "zz:not-ours")).contains("không còn dùng được");
        assertThat(bot.press(OFFICIAL_CHAT, "pc:abc")).contains("không còn dùng được");
        assertThat(bot.say(OFFICIAL_CHAT, "/xong abc")).contains("mã kỳ");
        assertThat(bot.say(OFFICIAL_CHAT, "/viec")).contains("Việc đang mở");
    }
}
