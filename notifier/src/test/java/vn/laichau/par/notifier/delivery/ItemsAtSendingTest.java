package vn.laichau.par.notifier.delivery;

import vn.laichau.par.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.testing.BotCommandWords;
import vn.laichau.par.notifier.ItemAction;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.outbox.OutboxRows;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.notifier.testing.NotifierDb;
import vn.laichau.par.notifier.testing.Seed;

/** A merged message is written from its items as they stand just before it is sent. */
class ItemsAtSendingTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);
    private static final Instant SEVEN = DUE.atTime(7, 0).atZone(VIETNAM).toInstant();
    private static final String KEY = "REMINDER/daily/1/2025-10-16";

    private final MutableClock clock = new MutableClock(DUE.atTime(5, 30).atZone(VIETNAM).toInstant());
    private final ScriptedChannel telegram = new ScriptedChannel(DeliveryChannel.TELEGRAM);

    @BeforeEach
    void threeItemsMergedIntoOneReminder() {
        NotifierDb.clean();
        Seed.province();
        Seed.occurrence(100, Seed.JUSTICE, DUE);
        Seed.occurrence(101, Seed.JUSTICE, DUE);
        Seed.occurrence(102, Seed.JUSTICE, DUE);
        new AlertPlanningService(NotifierDb.dataSource(), new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"),
                NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), AlertPolicy.defaults(), WorkingDayCalendar::vietnam,
                new OutboxRows(new AlertMessageRenderer(BotCommandWords.INSTANCE)), clock).plan(DUE);
        assertThat(NotifierDb.rows("SELECT items FROM alert_outbox WHERE alert_key = '" + KEY + "'").get(0).get(0))
                .startsWith("2025-10-16:").contains("100").contains("101").contains("102");
        clock.set(SEVEN);
    }

    private Dispatcher dispatcher() {
        return new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), NotifierDb.preferences(), List.of(telegram), TelegramThrottle.telegramLimits(),
                DispatchSettings.defaults(), clock, clock::advance, () -> 0.0, "a", Sending.check(),
                Sending.window());
    }

    private static List<String> stored() {
        return NotifierDb.rows("SELECT status, subject_line, plain_text, telegram_html, last_error FROM alert_outbox "
                + "WHERE alert_key = '" + KEY + "'").get(0);
    }

    @Test
    void itemsFinishedOrExtendedSincePlanningAreLeftOutAndTheRestIsWrittenAgain() throws Exception {
        Seed.finish(101, DUE);
        Seed.extend(102, DUE, DUE.plusDays(20));

        assertThat(dispatcher().dispatchDue(10).sent()).isEqualTo(1);

        assertThat(telegram.calls()).singleElement().satisfies(call -> {
            assertThat(call.address()).isEqualTo("1001");
            assertThat(call.message().telegramHtml()).contains("/capnhat_100")
                    .doesNotContain("_101").doesNotContain("_102")
                    .contains("1 nhiệm vụ của Sở Tư pháp cần chú ý");
            assertThat(call.message().plainText()).contains("/xong_100").doesNotContain("_101", "_102");
            assertThat(call.message().actions()).flatExtracting(row -> row).extracting(ItemAction::targetId)
                    .as("buttons only for the item still open").containsOnly(100L);
        });
        List<String> row = stored();
        assertThat(row.get(0)).isEqualTo("SENT");
        assertThat(row.get(1)).as("the outbox keeps what was sent")
                .isEqualTo("Nhắc việc CCHC ngày 16/10/2025: 1 nhiệm vụ của Sở Tư pháp");
        assertThat(row.get(2)).contains("/xong_100").doesNotContain("/xong_101").doesNotContain("/xong_102");
        assertThat(row.get(3)).isEqualTo(telegram.calls().get(0).message().telegramHtml());
    }

    @Test
    void aMessageNoChannelTakesKeepsTheTextItWouldHaveHadForTheAdministrator() throws Exception {
        Seed.finish(101, DUE);
        telegram.then(SendOutcome.permanentFailure("403 Forbidden: bot was blocked by the user", true));
        NotifierDb.sql("DELETE FROM alert_outbox_channel WHERE alert_key = '" + KEY + "' AND channel <> 'TELEGRAM'");

        assertThat(dispatcher().dispatchDue(10).dead()).isEqualTo(1);

        List<String> row = stored();
        assertThat(row.get(0)).isEqualTo("DEAD");
        assertThat(row.get(1)).isEqualTo("Nhắc việc CCHC ngày 16/10/2025: 2 nhiệm vụ của Sở Tư pháp");
        assertThat(row.get(2)).contains("/xong_100", "/xong_102").doesNotContain("/xong_101");
        assertThat(row.get(4)).contains("bot was blocked");
    }

    @Test
    void aMessageWithNothingLeftIsNotSentAtAll() throws Exception {
        Seed.finish(100, DUE);
        Seed.finish(101, DUE);
        Seed.extend(102, DUE, DUE.plusDays(20));

        DispatchReport report = dispatcher().dispatchDue(10);

        assertThat(report.dropped()).isEqualTo(1);
        assertThat(report.sent()).isZero();
        assertThat(telegram.calls()).isEmpty();
        assertThat(stored().get(0)).isEqualTo("DROPPED");
        assertThat(stored().get(4)).contains("hoàn thành hoặc được gia hạn");
    }

    @Test
    void aMessageWhoseItemsAreAsPlannedListsThemAll() throws Exception {
        assertThat(stored().get(2)).as("planning writes no text for a merged reminder").isEmpty();

        assertThat(dispatcher().dispatchDue(10).sent()).isEqualTo(1);

        assertThat(telegram.calls()).singleElement().satisfies(call -> assertThat(call.message().telegramHtml())
                .contains("/capnhat_100", "/capnhat_101", "/capnhat_102", "3 nhiệm vụ của Sở Tư pháp",
                        "hôm nay là hạn"));
        assertThat(stored().get(2)).contains("/xong_100", "/xong_101", "/xong_102");
    }

    @Test
    void theButtonsUnderAReminderCarryTheVersionEachItemHasJustBeforeSending() throws Exception {
        NotifierDb.sql("UPDATE occurrence SET progress_percent = 40, version = version + 3 WHERE id = 101");

        assertThat(dispatcher().dispatchDue(10).sent()).isEqualTo(1);

        List<List<ItemAction>> rows = telegram.calls().get(0).message().actions();
        assertThat(rows).as("one row per item, as the message lists them").hasSize(3);
        assertThat(rows).extracting(row -> row.get(0).targetId()).containsExactly(100L, 101L, 102L);
        assertThat(rows.get(1)).extracting(ItemAction::kind, ItemAction::version).containsExactly(
                tuple(ItemAction.Kind.FINISH, 3L), tuple(ItemAction.Kind.EXTEND, 3L),
                tuple(ItemAction.Kind.EVIDENCE, 3L));
        assertThat(rows.get(0)).allSatisfy(action -> assertThat(action.version()).isZero());
        assertThat(rows.get(1)).extracting(ItemAction::label)
                .as("three items of task I.3 due the same day are told apart by occurrence")
                .containsExactly("✅ I.3 #101 Xong", "⏳ I.3 #101 Gia hạn", "📎 I.3 #101 Minh chứng");
    }

    @Test
    void aMessageSentWithItsStoredTextStillGetsButtonsWithTheCurrentVersions() throws Exception {
        NotifierDb.sql("UPDATE alert_outbox SET plain_text = 'Nhắc việc', telegram_html = '<b>Nhắc việc</b>' "
                + "WHERE alert_key = '" + KEY + "'", "UPDATE occurrence SET version = 9 WHERE id = 102");

        assertThat(dispatcher().dispatchDue(10).sent()).isEqualTo(1);

        RenderedMessage sent = telegram.calls().get(0).message();
        assertThat(sent.telegramHtml()).isEqualTo("<b>Nhắc việc</b>");
        assertThat(sent.actions()).extracting(row -> row.get(0).targetId(), row -> row.get(0).version())
                .containsExactly(tuple(100L, 0L), tuple(101L, 0L), tuple(102L, 9L));
    }
}
