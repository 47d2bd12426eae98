package vn.laichau.par.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.application.channel.ChannelWatch;
import vn.laichau.par.application.report.ReportFile;
import vn.laichau.par.bot.command.BotUpdateHandler;
import vn.laichau.par.bot.command.ChatRateLimiter;
import vn.laichau.par.bot.command.Incoming;
import vn.laichau.par.bot.command.Tracker;
import vn.laichau.par.bot.intake.ReconnectBackOff;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.FakeZaloApi;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.domain.parindex.Component;
import vn.laichau.par.persistence.messenger.HandledEventRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;

/**
 * {@code /baocao} and {@code /diem} on both messengers end to end: the real Telegram library and the Zalo adapter
 * polling fake Bot APIs on loopback, the conversation core on MariaDB with the shipped plan. The report arrives as
 * a Word document in Telegram and as a signed link in Zalo, the link opens once signed and refuses when altered or
 * late; {@code /diem} shows the figures of the hand-checked points-at-risk example built into the plan's data.
 */
class ReportAndPointsAtRiskEndToEndTest {

    private static final String PUBLIC_URL = "https://cchc.laichau.example";
    private static final String OFFICIAL_USER = "8402000000000000001";
    private static final long OFFICIAL_CHAT = 9201;
    private static final long LEADER_CHAT = 9202;
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/api/v1/downloads/(\\S+)");

    @TempDir
    static Path dataDirectory;

    private static BotDatabase database;
    private static MutableClock clock;
    private static BotFixture telegramBot;
    private static FakeZaloApi zalo;
    private static BotApiTelegramGateway telegram;
    private static ZaloPolling polling;
    private static Tracker tracker;
    private static final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    /** The agency of the example that holds 7.75 points (agency 200 of the domain's example); the official's. */
    private static long agencyB;
    /** The agency holding 1.25 points (agency 100 of the example). */
    private static long agencyA;
    private static String agencyBName;
    private static long official;
    private static long leader;
    private static long firstTask;
    private static long lastTask;

    @BeforeAll
    static void start() throws Exception {
        database = BotDatabase.open();
        database.cleanAndLoadShippedPlan();
        clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        agencyB = database.number("SELECT o.agency_id FROM occurrence o JOIN agency a ON a.id = o.agency_id "
                + "WHERE o.plan_year = 2019 AND a.code <> '" + BotDatabase.MONITORING_AGENCY + "' "
                + "GROUP BY o.agency_id ORDER BY COUNT(*) DESC, o.agency_id LIMIT 1");
        agencyA = database.number("SELECT id FROM agency WHERE id <> " + agencyB + " AND code <> '" + BotDatabase.MONITORING_AGENCY + "' "
                + "ORDER BY id LIMIT 1");
        agencyBName = database.text("SELECT name FROM agency WHERE id = " + agencyB);
        official = database.inTransaction(em -> {
            OfficialRepository officials = new OfficialRepository(em);
            Official added = officials.add(new Official("can.bo.baocao", "Lò Văn Báo", agencyB, Set.of(Role.OFFICIAL)));
            em.flush();
            return added.id();
        });
        leader = database.inTransaction(em -> {
            OfficialRepository officials = new OfficialRepository(em);
            Official added = officials.add(new Official("lanh.dao.diem", "Giàng A Lãnh", agencyA, Set.of(Role.LEADER)));
            em.flush();
            return added.id();
        });
        telegramBot = new BotFixture(database, clock, dataDirectory, new ChatRateLimiter(10_000, Duration.ofSeconds(1)));
        zalo = FakeZaloApi.start();
        telegram = new BotApiTelegramGateway(telegramBot.telegram.settings());
        tracker = BotDatabase.tracker(clock, dataDirectory, Optional.of(PUBLIC_URL));
        BotUpdateHandler core = new BotUpdateHandler(telegram,
                new ZaloPhotoDownloads(Duration.ofSeconds(5), Set.of(zalo.baseUrl().getHost())), database, tracker,
                new ChatRateLimiter(10_000, Duration.ofSeconds(1)), BotFixture.BOT_USERNAME, clock);
        ZaloBotApi api = new ZaloBotApi(zalo.settings());
        polling = ZaloPolling.start(api, new ZaloConversation(api, core, database, tracker.zaloLinks(), telegram),
                key -> database.inTransaction(em -> new HandledEventRepository(em).claim("ZALO", key, clock.instant())),
                executor, ChannelWatch.none(), ReconnectBackOff::standard);
        assertThat(zaloSay("/start " + code(official))).contains("Đã liên kết");
        assertThat(telegramBot.say(OFFICIAL_CHAT, "/start " + code(official))).contains("Đã liên kết");
        assertThat(telegramBot.say(LEADER_CHAT, "/start " + code(leader))).contains("Đã liên kết");
        firstTask = database.number("SELECT MIN(t.id) FROM task t JOIN plan p ON p.id = t.plan_id "
                + "WHERE p.id = (SELECT MAX(id) FROM plan)");
        lastTask = database.number("SELECT MAX(t.id) FROM task t JOIN plan p ON p.id = t.plan_id "
                + "WHERE p.id = (SELECT MAX(id) FROM plan)");
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

    private static String code(long officialId) {
        return database.inTransaction(em -> new TelegramLinkRepository(em, clock).issueCode(officialId).code());
    }

    private static String zaloSay(String text) {
        int before = zalo.textsTo(OFFICIAL_USER).size();
        zalo.queueText(OFFICIAL_USER, text);
        await().atMost(Duration.ofSeconds(15)).until(() -> zalo.textsTo(OFFICIAL_USER).size() > before);
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
        List<String> texts = zalo.textsTo(OFFICIAL_USER);
        return String.join("\n", new ArrayList<>(texts.subList(before, texts.size())));
    }

    private static String docxText(byte[] content) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static ReportFile open(String token) {
        return database.inTransaction(() -> tracker.downloads().open(token));
    }

    @Test
    void telegramSendsTheAgencysDraftAsAWordDocument() throws Exception {
        int before = telegramBot.to(OFFICIAL_CHAT, "sendDocument").size();
        String text = telegramBot.say(OFFICIAL_CHAT, "/baocao");
        assertThat(text).contains("Dự thảo báo cáo kết quả CCHC 6 tháng năm 2019").contains(agencyBName);
        await().atMost(Duration.ofSeconds(10)).until(() -> telegramBot.to(OFFICIAL_CHAT, "sendDocument").size() > before);
        RecordedCall sent = telegramBot.to(OFFICIAL_CHAT, "sendDocument").get(before);
        RecordedCall.UploadedFile file = sent.files().get("document");
        assertThat(file.fileName()).endsWith(".docx").contains("-don-vi-" + agencyB);
        String document = docxText(file.content());
        assertThat(document).contains("BÁO CÁO").contains("6 tháng năm 2019").contains(agencyBName)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

        String year = telegramBot.say(OFFICIAL_CHAT, "/baocao Quý I 2018");
        assertThat(year).contains("quý I năm 2018");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegramBot.to(OFFICIAL_CHAT, "sendDocument").size() > before + 1);
        assertThat(docxText(telegramBot.to(OFFICIAL_CHAT, "sendDocument").get(before + 1).files().get("document")
                .content())).contains("quý I năm 2018");
    }

    @Test
    void anOfficialGetsNoOtherScopeThanTheirOwnAgencyAndWrongArgumentsGetTheUsage() throws Exception {
        int documents = telegramBot.to(OFFICIAL_CHAT, "sendDocument").size();
        assertThat(telegramBot.say(OFFICIAL_CHAT, "/baocao tinh")).contains("chỉ được xem báo cáo của cơ quan mình");
        assertThat(telegramBot.say(OFFICIAL_CHAT, "/baocao quy5")).contains("Bot chưa hiểu").contains("Cách dùng")
                .contains("6thang");
        assertThat(zaloSay("/baocao toàn tỉnh")).contains("chỉ được xem báo cáo của cơ quan mình")
                .doesNotContain(PUBLIC_URL);
        assertThat(telegramBot.to(OFFICIAL_CHAT, "sendDocument")).hasSize(documents);
        // the own agency's yearly draft by link opens
        String reply = zaloSay("/baocao nam");
        Matcher m = LINK.matcher(reply);
        assertThat(m.find()).isTrue();
        assertThat(docxText(open(m.group(1)).content())).contains(agencyBName);
    }

    @Test
    void aLeaderGetsTheProvincesDraft() throws Exception {
        int before = telegramBot.to(LEADER_CHAT, "sendDocument").size();
        assertThat(telegramBot.say(LEADER_CHAT, "/baocao 9thang tinh")).contains("9 tháng năm 2019").contains("toàn tỉnh");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegramBot.to(LEADER_CHAT, "sendDocument").size() > before);
        RecordedCall.UploadedFile file = telegramBot.to(LEADER_CHAT, "sendDocument").get(before).files().get("document");
        assertThat(file.fileName()).contains("toan-tinh");
        assertThat(docxText(file.content())).contains("9 tháng năm 2019");
    }

    @Test
    void zaloGetsASignedLinkThatOpensOnlyAsSignedAndOnlyInTime() throws Exception {
        String reply = zaloSay("/baocao");
        assertThat(reply).contains("Dự thảo báo cáo kết quả CCHC 6 tháng năm 2019").contains("Tải tệp Word")
                .contains("30 phút");
        Matcher m = LINK.matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        String token = m.group(1);
        ReportFile file = open(token);
        assertThat(file.contentType()).isEqualTo(ReportFile.DOCX);
        assertThat(docxText(file.content())).contains(agencyBName).contains("6 tháng năm 2019");

        String body = token.substring(0, token.indexOf('.'));
        String payload = new String(java.util.Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8);
        String otherScope = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("|" + agencyB + "|", "|-|").getBytes(StandardCharsets.UTF_8));
        for (String tampered : List.of(otherScope + token.substring(token.indexOf('.')),
                token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA"), "x", "")) {
            assertThatThrownBy(() -> open(tampered)).isInstanceOfSatisfying(Refusal.class,
                    refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FORBIDDEN));
        }
        clock.advance(Duration.ofMinutes(31));
        try {
            assertThatThrownBy(() -> open(token)).isInstanceOfSatisfying(Refusal.class,
                    refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.EXPIRED));
        } finally {
            clock.advance(Duration.ofMinutes(-31));
        }
    }

    @Test
    void withoutAPublicUrlZaloIsToldWhereTheReportIs() {
        long key = database.inTransaction(() -> tracker.zaloLinks().chatKey(OFFICIAL_USER));
        BotUpdateHandler withoutUrl = new BotUpdateHandler(telegram, database, BotDatabase.tracker(clock, dataDirectory),
                new ChatRateLimiter(10_000, Duration.ofSeconds(1)), BotFixture.BOT_USERNAME, clock);
        int before = zalo.textsTo(OFFICIAL_USER).size();
        withoutUrl.handle(new Incoming.Text(key, key, true, "/baocao"), new ZaloReplyOutput(
                new ZaloBotApi(zalo.settings()), OFFICIAL_USER, other -> Optional.empty(), telegram));
        String reply = String.join("\n", zalo.textsTo(OFFICIAL_USER).subList(before, zalo.textsTo(OFFICIAL_USER).size()));
        assertThat(reply).contains("Dự thảo báo cáo").contains("chưa được đặt địa chỉ công khai")
                .contains("bot Telegram").doesNotContain("/api/v1/downloads");
        int photos = zalo.calls("sendPhoto").size();
        withoutUrl.handle(new Incoming.Text(key, key, true, "/chiso"), new ZaloReplyOutput(
                new ZaloBotApi(zalo.settings()), OFFICIAL_USER, other -> Optional.empty(), telegram));
        assertThat(zalo.calls("sendPhoto")).hasSize(photos);
        assertThat(zalo.textsTo(OFFICIAL_USER).get(zalo.textsTo(OFFICIAL_USER).size() - 1)).contains("Chỉ số CCHC");
    }

    @Test
    void theParIndexChartReachesZaloAsAPhotoByItsSignedLink() {
        int photos = zalo.calls("sendPhoto").size();
        assertThat(zaloSay("/chiso")).contains("Chỉ số CCHC");
        await().atMost(Duration.ofSeconds(5)).until(() -> zalo.calls("sendPhoto").size() > photos);
        String url = zalo.calls("sendPhoto").get(photos).param("photo");
        Matcher m = LINK.matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        assertThat(url).endsWith(".png");
        ReportFile png = open(m.group(1));
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.content()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void pointsAtRiskAreTheHandCheckedExampleForTheAgencyAndTheProvince() {
        assertThat(telegramBot.say(OFFICIAL_CHAT, "/diem")).contains("chưa có bộ tiêu chí")
                .contains("năm 2019");
        buildTheHandCheckedExample();

        String own = telegramBot.say(OFFICIAL_CHAT, "/diem");
        // agency 200 of the example: 10 × 3/8 = 3.75 of 1.1.1 and 4 × 3/3 = 4.00 of 1.1.2, 7.75 in all
        assertThat(own).contains(agencyBName).contains("<b>7.75</b> điểm có nguy cơ mất (6 nghĩa vụ")
                .contains("1.1.2 Thành phần 1.1.2: <b>4.00</b> điểm — 3/3")
                .contains("1.1.1 Thành phần 1.1.1: <b>3.75</b> điểm — 3/4")
                .contains("Toàn tỉnh: 11.50/16.50").contains("dự kiến đạt 5.00")
                .doesNotContain(database.text("SELECT name FROM agency WHERE id = " + agencyA));
        assertThat(own.indexOf("1.1.2 Thành phần")).isLessThan(own.indexOf("1.1.1 Thành phần"));
        String onZalo = zaloSay("/diem");
        assertThat(onZalo).contains("7.75 điểm có nguy cơ mất").contains("1.1.1 Thành phần 1.1.1: 3.75 điểm")
                .doesNotContain("<b>");

        String province = telegramBot.say(LEADER_CHAT, "/diem");
        String nameA = database.text("SELECT name FROM agency WHERE id = " + agencyA);
        assertThat(province).contains("toàn tỉnh, năm 2019").contains("<b>11.50</b>/16.50")
                .contains("dự kiến đạt <b>5.00</b>").contains("10.00 điểm, 1 tiêu chí thành phần")
                .contains("1.1.1 Thành phần 1.1.1: <b>5.00</b>/10.00 điểm — 4/8 nghĩa vụ xong có minh chứng. "
                        + "Cần làm: " + agencyBName + " (3.75), " + nameA + " (1.25)")
                .contains("1.1.2 Thành phần 1.1.2: <b>4.00</b>/4.00 điểm — 0/3")
                .contains("1.1.3 Thành phần 1.1.3: <b>2.50</b>/2.50 điểm — chưa có nhiệm vụ nào")
                .contains(agencyBName + ": <b>7.75</b> điểm (6 nghĩa vụ)")
                .contains(nameA + ": <b>1.25</b> điểm (1 nghĩa vụ)");
    }

    /**
     * The domain's hand-built index in the plan's data: components 1.1.1 (10 points) mapped to the first task,
     * 1.1.2 (4) to the last, 1.1.3 (2.5) to none, 8.1 (10, survey); for 2019 the first task has 4 obligations of
     * agency A (3 done with evidence) and 4 of agency B (1 done), the last 3 of agency B (none done).
     */
    private static void buildTheHandCheckedExample() {
        database.inTransaction(em -> em.createNativeQuery("DELETE FROM occurrence WHERE plan_year = 2019 AND task_id IN ("
                + firstTask + ", " + lastTask + ")").executeUpdate());
        StringBuilder rows = new StringBuilder();
        addObligations(rows, firstTask, agencyA, 4, 3);
        addObligations(rows, firstTask, agencyB, 4, 1);
        addObligations(rows, lastTask, agencyB, 3, 0);
        database.inTransaction(em -> em.createNativeQuery("INSERT INTO occurrence (task_id, agency_id, plan_year, "
                + "period, due_date, evidence_required, evidence_count, progress_percent, finished_on) VALUES "
                + rows.substring(1)).executeUpdate());
        String file = "area_no,area_name,criterion_code,criterion_name,component_code,component_name,max_points,scoring\n"
                + "1,Lĩnh vực thử,1.1,Tiêu chí thử,1.1.1,Thành phần 1.1.1,10,evidence\n"
                + "1,Lĩnh vực thử,1.1,Tiêu chí thử,1.1.2,Thành phần 1.1.2,4,evidence\n"
                + "8,Khảo sát,8.1,Khảo sát thử,8.1,Thành phần 8.1,10,survey\n"
                + "1,Lĩnh vực thử,1.1,Tiêu chí thử,1.1.3,Thành phần 1.1.3,2.5,evidence\n";
        Actor admin = Actor.system("test");
        database.inTransaction(() -> {
            var view = tracker.parIndex().importVersion(admin, "THU/QĐ-BNV", "Bộ tiêu chí thử", 2018,
                    file.getBytes(StandardCharsets.UTF_8), "thu.csv").view();
            for (Component component : view.components()) {
                if (component.code().equals("1.1.1")) {
                    tracker.parIndex().mapTasks(admin, component.id(), List.of(firstTask));
                } else if (component.code().equals("1.1.2")) {
                    tracker.parIndex().mapTasks(admin, component.id(), List.of(lastTask));
                }
            }
            return null;
        });
    }

    private static void addObligations(StringBuilder rows, long task, long agency, int count, int done) {
        for (int i = 0; i < count; i++) {
            boolean finished = i < done;
            rows.append(",(").append(task).append(", ").append(agency).append(", 2019, 'THU-").append(agency)
                    .append("-").append(i).append("', '2019-05-31', TRUE, ").append(finished ? 1 : 0).append(", ")
                    .append(finished ? 100 : 0).append(", ").append(finished ? "'2019-05-30'" : "NULL").append(")");
        }
    }
}
