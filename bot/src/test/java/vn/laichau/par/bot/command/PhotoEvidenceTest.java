package vn.laichau.par.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.BotPeople;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.domain.model.official.Role;

/**
 * Photos as evidence, end to end: Telegram sends a photo in several sizes; the bot downloads the largest through
 * {@code getFile} and the file path of the fake Bot API (the OkHttp download that ignores the library's
 * {@code TelegramUrl}), and stores it through the evidence submission use case like an API upload.
 */
class PhotoEvidenceTest {

    private static final long CHAT = 7301;

    @TempDir
    static Path dataDirectory;

    private static BotDatabase database;
    private static BotFixture bot;
    private static BotPeople people;
    private static long agency;

    @BeforeAll
    static void start() throws Exception {
        database = BotDatabase.open();
        database.cleanAndLoadShippedPlan();
        MutableClock clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        agency = database.number("SELECT agency_id FROM occurrence WHERE finished_on IS NULL GROUP BY agency_id "
                + "ORDER BY COUNT(*) DESC, agency_id LIMIT 1");
        bot = new BotFixture(database, clock, dataDirectory, new ChatRateLimiter(10_000, Duration.ofSeconds(1)));
        people = new BotPeople(database, clock, bot);
        people.link(people.add("chup.anh", agency, Role.OFFICIAL), CHAT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
    }

    private static byte[] jpeg(int size, int seed) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) seed);
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        return content;
    }

    private static long evidenceCount() {
        return database.number("SELECT COUNT(*) FROM evidence");
    }

    private static boolean downloaded(String filePath) {
        return bot.telegram.calls("download").stream().anyMatch(c -> c.param("file_path").equals(filePath));
    }

    @Test
    void aPhotoWithTheTaskCodeInTheCaptionIsStoredInItsLargestSize() throws Exception {
        String task = database.text("SELECT t.code FROM occurrence o JOIN task t ON t.id = o.task_id WHERE o.agency_id = "
                + agency + " AND o.finished_on IS NULL ORDER BY o.due_date, o.id LIMIT 1");
        long target = database.number("SELECT o.id FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.code = '"
                + task + "' AND o.agency_id = " + agency + " AND o.finished_on IS NULL ORDER BY o.due_date, o.id LIMIT 1");
        byte[] thumbnail = jpeg(300, 1);
        byte[] medium = jpeg(5_000, 2);
        byte[] largest = jpeg(40_000, 3);
        String thumbnailId = bot.telegram.addFile("photos/file_10.jpg", thumbnail);
        String mediumId = bot.telegram.addFile("photos/file_11.jpg", medium);
        String largestId = bot.telegram.addFile("photos/file_12.jpg", largest);

        RecordedCall reply = bot.send(CHAT, FakeUpdates.photo(CHAT, "Biên bản họp, nhiệm vụ " + task.toLowerCase(),
                FakeUpdates.photoSize(thumbnailId, 90, 68, 300L),
                FakeUpdates.photoSize(mediumId, 320, 240, 5_000L),
                FakeUpdates.photoSize(largestId, 1280, 960, 40_000L)));

        assertThat(reply.param("text")).contains("Đã lưu tài liệu kiểm chứng").contains(".jpg")
                .contains("<code>" + target + "</code>");
        assertThat(bot.telegram.calls("getFile")).anyMatch(c -> c.param("file_id").equals(largestId))
                .noneMatch(c -> c.param("file_id").equals(thumbnailId) || c.param("file_id").equals(mediumId));
        assertThat(downloaded("photos/file_12.jpg")).isTrue();
        String where = " FROM evidence WHERE occurrence_id = " + target;
        assertThat(database.number("SELECT COUNT(*)" + where)).isEqualTo(1);
        assertThat(database.text("SELECT content_type" + where)).isEqualTo("image/jpeg");
        assertThat(database.number("SELECT size_bytes" + where)).isEqualTo(largest.length);
        assertThat(Files.readAllBytes(dataDirectory.resolve(database.text("SELECT storage_path" + where))))
                .isEqualTo(largest);
        assertThat(database.text("SELECT channel FROM audit_entry WHERE entity = 'occurrence' AND entity_id = "
                + target + " AND field = 'evidence'")).isEqualTo("BOT");
        assertThat(reply.param("reply_markup")).contains("x:" + target + ":" + people.version(target));
    }

    @Test
    void aPhotoWithoutCaptionIsHeldWhileTheOfficialChoosesTheOccurrenceThenStoredWithoutResending()
            throws Exception {
        long chosen = database.number("SELECT id FROM occurrence WHERE agency_id = " + agency
                + " AND finished_on IS NULL AND evidence_count = 0 ORDER BY due_date DESC, id LIMIT 1");
        byte[] content = jpeg(2_000, 4);
        String photoId = bot.telegram.addFile("photos/file_20.jpg", content);
        RecordedCall asked = bot.send(CHAT, FakeUpdates.photo(CHAT, null,
                FakeUpdates.photoSize(photoId, 800, 600, 2_000L)));
        assertThat(asked.param("text")).contains("Tệp này nộp cho kỳ nào").contains("không cần gửi lại");
        assertThat(asked.param("reply_markup")).contains("\"callback_data\":\"e:");
        assertThat(database.text("SELECT file_id FROM telegram_dialog WHERE chat_id = " + CHAT)).isEqualTo(photoId);
        assertThat(downloaded("photos/file_20.jpg")).isFalse();

        assertThat(bot.press(CHAT, "e:" + chosen + ":" + people.version(chosen)))
                .contains("Đã lưu tài liệu kiểm chứng").contains("<code>" + chosen + "</code>");
        assertThat(database.number("SELECT evidence_count FROM occurrence WHERE id = " + chosen)).isEqualTo(1);
        assertThat(database.text("SELECT file_name FROM evidence WHERE occurrence_id = " + chosen))
                .matches("anh-\\d{2}-\\d{2}-\\d{4}-1\\.jpg");
        assertThat(Files.readAllBytes(dataDirectory.resolve(database.text(
                "SELECT storage_path FROM evidence WHERE occurrence_id = " + chosen)))).isEqualTo(content);
        assertThat(database.number("SELECT COUNT(*) FROM telegram_dialog WHERE chat_id = " + CHAT)).isZero();
    }

    @Test
    void theOccurrenceOfAHeldPhotoCanBeTypedAndAPhotoAfterTheEvidenceButtonGoesToItsOccurrence() {
        long typed = database.number("SELECT id FROM occurrence WHERE agency_id = " + agency
                + " AND finished_on IS NULL AND evidence_count = 0 ORDER BY due_date DESC, id LIMIT 1 OFFSET 3");
        String first = bot.telegram.addFile("photos/file_21.jpg", jpeg(1_500, 7));
        assertThat(bot.send(CHAT, FakeUpdates.photo(CHAT, "", FakeUpdates.photoSize(first, 640, 480, 1_500L)))
                .param("text")).contains("Tệp này nộp cho kỳ nào");
        assertThat(bot.say(CHAT, "kỳ nào cũng được")).contains("Bot đang chờ bạn chọn kỳ");
        assertThat(bot.say(CHAT, "#" + typed)).contains("Đã lưu tài liệu kiểm chứng")
                .contains("<code>" + typed + "</code>");

        long pressed = database.number("SELECT id FROM occurrence WHERE agency_id = " + agency
                + " AND finished_on IS NULL AND evidence_count = 0 ORDER BY due_date DESC, id LIMIT 1 OFFSET 3");
        assertThat(bot.press(CHAT, "e:" + pressed + ":" + people.version(pressed)))
                .contains("Gửi tệp tài liệu kiểm chứng cho kỳ <code>" + pressed + "</code>");
        String second = bot.telegram.addFile("photos/file_22.jpg", jpeg(1_800, 8));
        assertThat(bot.send(CHAT, FakeUpdates.photo(CHAT, null, FakeUpdates.photoSize(second, 640, 480, null)))
                .param("text")).contains("Đã lưu tài liệu kiểm chứng").contains("<code>" + pressed + "</code>");
        assertThat(pressed).isNotEqualTo(typed);
        assertThat(database.number("SELECT SUM(evidence_count) FROM occurrence WHERE id IN (" + typed + ", "
                + pressed + ")")).isEqualTo(2);
    }

    @Test
    void aPhotoAnnouncedLargerThanTwentyMegabytesIsRefusedWithoutDownloading() {
        long before = evidenceCount();
        String fileId = "photo-announced-25-mb";
        RecordedCall reply = bot.send(CHAT, FakeUpdates.photo(CHAT, "#" + anyOpenOccurrence(),
                FakeUpdates.photoSize(fileId, 4000, 3000, 25L * 1024 * 1024)));
        assertThat(reply.param("text")).contains("Tệp lớn quá").contains("20 MB");
        assertThat(bot.telegram.calls("getFile")).noneMatch(c -> c.param("file_id").equals(fileId));
        assertThat(evidenceCount()).isEqualTo(before);
    }

    @Test
    void aPhotoThatTurnsOutTooLargeAtGetFileIsRefusedBeforeItsDownload() {
        long before = evidenceCount();
        String fileId = bot.telegram.addFile("photos/file_30.jpg", jpeg(20 * 1024 * 1024 + 1, 5));
        RecordedCall reply = bot.send(CHAT, FakeUpdates.photo(CHAT, "#" + anyOpenOccurrence(),
                FakeUpdates.photoSize(fileId, 4000, 3000, null)));
        assertThat(reply.param("text")).contains("Tệp lớn quá");
        assertThat(bot.telegram.calls("getFile")).anyMatch(c -> c.param("file_id").equals(fileId));
        assertThat(downloaded("photos/file_30.jpg")).isFalse();
        assertThat(evidenceCount()).isEqualTo(before);
    }

    @Test
    void anImageOfAForbiddenTypeSentAsAFileIsRefusedWithAHint() {
        long before = evidenceCount();
        String fileId = bot.telegram.addFile("documents/file_40.heic", new byte[] {0, 0, 0, 24});
        RecordedCall reply = bot.send(CHAT, FakeUpdates.document(CHAT, fileId, "IMG_2041.HEIC",
                "#" + anyOpenOccurrence()));
        assertThat(reply.param("text")).contains("Không nhận loại tệp này (.heic)").contains("gửi thẳng dạng ảnh");
        assertThat(bot.telegram.calls("getFile")).noneMatch(c -> c.param("file_id").equals(fileId));
        assertThat(evidenceCount()).isEqualTo(before);
    }

    @Test
    void aPhotoNamingATaskThatDoesNotExistGetsAShortAnswer() {
        long before = evidenceCount();
        String fileId = bot.telegram.addFile("photos/file_50.jpg", jpeg(1_000, 6));
        assertThat(bot.send(CHAT, FakeUpdates.photo(CHAT, "nhiệm vụ IX.99.9",
                FakeUpdates.photoSize(fileId, 800, 600, 1_000L))).param("text"))
                .contains("Không có nhiệm vụ mã <code>IX.99.9</code>");
        assertThat(evidenceCount()).isEqualTo(before);
    }

    private static long anyOpenOccurrence() {
        return database.number("SELECT id FROM occurrence WHERE agency_id = " + agency
                + " AND finished_on IS NULL ORDER BY due_date, id LIMIT 1");
    }
}
