package vn.laichau.par.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.BotPeople;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.official.Role;

/**
 * Buttons under an occurrence carry the version it was shown with. When someone changed the occurrence since
 * (here: a colleague through the REST API's use cases), a press acts on nothing and shows the fresh card.
 */
class ShownVersionTest {

    private static final long CHAT = 7501;
    private static final Pattern CALLBACK_DATA = Pattern.compile("\"callback_data\":\"([^\"]*)\"");

    @TempDir
    static Path dataDirectory;

    private static BotDatabase database;
    private static BotFixture bot;
    private static BotPeople people;
    private static long agency;
    private static long colleague;

    @BeforeAll
    static void start() throws Exception {
        database = BotDatabase.open();
        database.cleanAndLoadShippedPlan();
        MutableClock clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        agency = database.number("SELECT agency_id FROM occurrence WHERE finished_on IS NULL "
                + "GROUP BY agency_id ORDER BY COUNT(*) DESC, agency_id LIMIT 1");
        bot = new BotFixture(database, clock, dataDirectory, new ChatRateLimiter(10_000, Duration.ofSeconds(1)));
        people = new BotPeople(database, clock, bot);
        people.link(people.add("xem.the", agency, Role.OFFICIAL), CHAT);
        colleague = people.add("dong.nghiep", agency, Role.OFFICIAL);
    }

    @AfterAll
    static void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
    }

    private static long openOccurrence(int skip) {
        return database.number("SELECT id FROM occurrence WHERE agency_id = " + agency + " AND finished_on IS NULL "
                + "ORDER BY due_date, id LIMIT 1 OFFSET " + skip);
    }

    /** A colleague reports progress through the API's service: the occurrence gets a new version. */
    private static void colleagueReports(long occurrence, int percent) {
        long version = people.version(occurrence);
        database.inTransaction(() -> bot.tracker.progress().report(colleague, Channel.API, occurrence, version,
                percent, "Cập nhật qua ứng dụng"));
    }

    /** A colleague sends the evidence through the API's service, so that the occurrence may be finished. */
    private static void colleagueSendsEvidence(long occurrence) {
        long version = people.version(occurrence);
        database.inTransaction(() -> bot.tracker.evidence().submit(colleague, Channel.API, occurrence, version,
                "bien-ban.pdf", "application/pdf",
                new ByteArrayInputStream("%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8))));
    }

    private static String button(RecordedCall message, String prefix) {
        Matcher m = CALLBACK_DATA.matcher(message.param("reply_markup"));
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) {
                return m.group(1);
            }
        }
        throw new AssertionError("No button " + prefix + "… under " + message.param("reply_markup"));
    }

    @Test
    void theButtonsOfACardCarryTheVersionItWasShownWith() {
        long occurrence = openOccurrence(0);
        long version = people.version(occurrence);
        RecordedCall card = bot.send(CHAT, FakeUpdates.callback(CHAT, "card-1", "o:" + occurrence));
        for (String action : new String[] {"u", "x", "e", "g"}) {
            assertThat(button(card, action + ":")).isEqualTo(action + ":" + occurrence + ":" + version);
        }
        RecordedCall percents = bot.send(CHAT, FakeUpdates.callback(CHAT, "u-1", button(card, "u:")));
        assertThat(button(percents, "pc:")).isEqualTo("pc:" + occurrence + ":10:" + version);
    }

    @Test
    void finishingFromACardThatChangedSinceShowsTheFreshCardAndFinishesNothing() {
        long occurrence = openOccurrence(1);
        colleagueSendsEvidence(occurrence);
        RecordedCall card = bot.send(CHAT, FakeUpdates.callback(CHAT, "card-2", "o:" + occurrence));
        String finish = button(card, "x:");
        colleagueReports(occurrence, 60);
        long fresh = people.version(occurrence);

        RecordedCall answer = bot.send(CHAT, FakeUpdates.callback(CHAT, "stale-finish", finish));

        assertThat(answer.param("text")).contains("đã thay đổi từ khi bạn xem").contains("bot chưa làm gì")
                .contains("Nguyễn Văn dong.nghiep").contains("Tiến độ: 60 %");
        assertThat(button(answer, "x:")).isEqualTo("x:" + occurrence + ":" + fresh);
        assertThat(bot.telegram.calls("answerCallbackQuery"))
                .anyMatch(c -> c.param("callback_query_id").equals("stale-finish")
                        && c.param("text").contains("Kỳ đã thay đổi"));
        assertThat(database.text("SELECT finished_on FROM occurrence WHERE id = " + occurrence)).isNull();
        assertThat(people.version(occurrence)).isEqualTo(fresh);

        assertThat(bot.press(CHAT, button(answer, "x:"))).contains("Đã ghi nhận hoàn thành");
        assertThat(database.text("SELECT finished_on FROM occurrence WHERE id = " + occurrence)).isNotNull();
    }

    @Test
    void aProgressPercentChosenBeforeAChangeIsNotRecordedOverIt() {
        long occurrence = openOccurrence(2);
        long version = people.version(occurrence);
        RecordedCall percents = bot.send(CHAT, FakeUpdates.text(CHAT, "/capnhat " + occurrence));
        colleagueReports(occurrence, 80);

        String staleHalf = "pc:" + occurrence + ":50:" + version;
        assertThat(button(percents, "pc:" + occurrence + ":50:")).isEqualTo(staleHalf);
        assertThat(bot.press(CHAT, staleHalf)).contains("đã thay đổi từ khi bạn xem").contains("Tiến độ: 80 %");
        assertThat(database.number("SELECT progress_percent FROM occurrence WHERE id = " + occurrence)).isEqualTo(80);
    }

    @Test
    void aNoteTypedAfterTheOccurrenceChangedIsNotRecorded() {
        long occurrence = openOccurrence(3);
        long version = people.version(occurrence);
        assertThat(bot.press(CHAT, "pc:" + occurrence + ":40:" + version)).contains("Gửi một ghi chú");
        assertThat(database.number("SELECT occurrence_version FROM telegram_dialog WHERE chat_id = " + CHAT))
                .isEqualTo(version);
        colleagueReports(occurrence, 90);

        assertThat(bot.say(CHAT, "Đã gửi dự thảo")).contains("đã thay đổi từ khi bạn xem").contains("Tiến độ: 90 %");
        assertThat(database.number("SELECT progress_percent FROM occurrence WHERE id = " + occurrence)).isEqualTo(90);
        assertThat(database.number("SELECT COUNT(*) FROM progress_report WHERE occurrence_id = " + occurrence
                + " AND channel = 'BOT'")).isZero();
        assertThat(database.number("SELECT COUNT(*) FROM telegram_dialog WHERE chat_id = " + CHAT)).isZero();
    }

    @Test
    void anUnchangedCardActsAndItsNextButtonsCarryTheNewVersion() {
        long occurrence = openOccurrence(4);
        long version = people.version(occurrence);
        assertThat(bot.press(CHAT, "pc:" + occurrence + ":25:" + version)).contains("Gửi một ghi chú");
        RecordedCall recorded = bot.send(CHAT, FakeUpdates.callback(CHAT, "nn-5", "nn:" + occurrence + ":25:"
                + version));
        assertThat(recorded.param("text")).contains("Đã ghi tiến độ 25 %");
        assertThat(database.number("SELECT progress_percent FROM occurrence WHERE id = " + occurrence)).isEqualTo(25);
        long after = people.version(occurrence);
        assertThat(after).isGreaterThan(version);
        assertThat(button(recorded, "x:")).isEqualTo("x:" + occurrence + ":" + after);
        RecordedCall card = bot.send(CHAT, FakeUpdates.callback(CHAT, "card-5", "o:" + occurrence));
        assertThat(button(card, "x:")).isEqualTo("x:" + occurrence + ":" + after);
    }

    @Test
    void aButtonWithoutAVersionShowsTheCardInsteadOfActing() {
        long occurrence = openOccurrence(5);
        assertThat(bot.press(CHAT, "x:" + occurrence)).contains("đã thay đổi từ khi bạn xem");
        assertThat(database.text("SELECT finished_on FROM occurrence WHERE id = " + occurrence)).isNull();
    }

    @Test
    void theLongestButtonDataFitsTelegramsSixtyFourBytes() {
        String longest = CallbackData.of(CallbackData.Action.NO_NOTE, Long.MAX_VALUE, 100, Long.MAX_VALUE).encode();
        assertThat(longest.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(InlineButton.MAX_CALLBACK_DATA_BYTES);
        assertThat(CallbackData.decode(longest).orElseThrow().number(2)).contains(Long.MAX_VALUE);
    }
}
