package vn.laichau.par.notifier.delivery;

import vn.laichau.par.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.gateway.PermanentFailure;
import vn.laichau.par.bot.gateway.SendResult;
import vn.laichau.par.bot.gateway.Sent;
import vn.laichau.par.bot.gateway.TransientFailure;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.bot.testing.ScriptedAnswer;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.testing.BotCommandWords;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.outbox.OutboxRows;
import vn.laichau.par.notifier.outbox.PlanningRun;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.notifier.testing.NotifierDb;
import vn.laichau.par.notifier.testing.Seed;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;

/**
 * A department's group chat subscribed with the bot's {@code /nhom} receives its agency's reminders and overdue
 * alerts of the day in one message, through the real Telegram library to the fake Bot API.
 */
class GroupChatAlertsTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);
    private static final Instant SEVEN = DUE.atTime(7, 0).atZone(VIETNAM).toInstant();
    private static final long GROUP = -1_001_234_567_890L;
    private static final String GROUP_KEY = "GROUP_REMINDER/daily/" + GROUP + "/2025-10-16";

    private final MutableClock clock = new MutableClock(DUE.atTime(5, 30).atZone(VIETNAM).toInstant());
    private FakeBotApi telegram;
    private BotApiTelegramGateway gateway;

    @BeforeEach
    void justiceHasAGroupChat() {
        NotifierDb.clean();
        Seed.province();
        NotifierDb.sql("INSERT INTO telegram_group_subscription (chat_id, agency_id, subscribed_by, subscribed_at) "
                + "VALUES (" + GROUP + ", " + Seed.JUSTICE + ", 1, NOW(6))");
        telegram = FakeBotApi.start();
        gateway = new BotApiTelegramGateway(telegram.settings());
    }

    @AfterEach
    void stopTelegram() {
        gateway.close();
        telegram.close();
    }

    private AlertPlanningService planning() {
        return new AlertPlanningService(NotifierDb.dataSource(), new PlanningSource(NotifierDb.dataSource(), "SO_NOI_VU"),
                NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), AlertPolicy.defaults(), WorkingDayCalendar::vietnam,
                new OutboxRows(new AlertMessageRenderer(BotCommandWords.INSTANCE)), clock);
    }

    private Dispatcher dispatcher(TelegramThrottle throttle) {
        return new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), NotifierDb.preferences(), List.of(new GatewayChannel(gateway)), throttle,
                DispatchSettings.defaults(), clock, clock::advance, () -> 0.0, "a", Sending.check(),
                Sending.window());
    }

    @Test
    void theAgencysRemindersAndOverdueAlertsReachItsGroupChatAsOneMessageOnce() throws Exception {
        Seed.occurrence(100, Seed.JUSTICE, DUE);
        Seed.occurrence(101, Seed.JUSTICE, DUE.minusDays(1));
        Seed.occurrence(102, Seed.JUSTICE, DUE.plusDays(30));
        Seed.occurrence(200, Seed.HOME_AFFAIRS, DUE);

        PlanningRun first = planning().plan(DUE);
        PlanningRun second = planning().plan(DUE);

        assertThat(NotifierDb.rows("SELECT kind, recipient_id FROM alert_outbox WHERE kind = 'GROUP_REMINDER'"))
                .containsExactly(List.of("GROUP_REMINDER", Long.toString(GROUP)));
        assertThat(NotifierDb.rows("SELECT channel, address FROM alert_outbox_channel WHERE alert_key = '"
                + GROUP_KEY + "'")).containsExactly(List.of("TELEGRAM", Long.toString(GROUP)));
        List<Long> listed = NotifierDb.inTransaction(em -> new OutboxRepository(em).occurrencesOf(GROUP_KEY));
        assertThat(listed)
                .as("due today and overdue since yesterday, merged; not the one due next month nor another "
                        + "agency's").containsExactly(100L, 101L);
        assertThat(first.written()).isEqualTo(first.alerts());
        assertThat(second.written()).as("a second planning run writes nothing new").isZero();
        long planned = NotifierDb.count("SELECT COUNT(*) FROM alert_outbox");

        clock.set(SEVEN);
        dispatcher(TelegramThrottle.telegramLimits()).dispatchDue(10);

        List<RecordedCall> toGroup = telegram.calls("sendMessage").stream()
                .filter(call -> call.param("chat_id").equals(Long.toString(GROUP))).toList();
        assertThat(toGroup).singleElement().satisfies(call -> {
            assertThat(call.param("parse_mode")).isEqualToIgnoringCase("HTML");
            assertThat(call.param("text")).contains("Nhắc việc cải cách hành chính ngày 16/10/2025")
                    .contains("2 nhiệm vụ của Sở Tư pháp").contains("hôm nay là hạn").contains("quá hạn 1 ngày")
                    .doesNotContain("/xong_");
        });
        assertThat(NotifierDb.rows("SELECT status, channel_used FROM alert_outbox WHERE alert_key = '" + GROUP_KEY
                + "'")).containsExactly(List.of("SENT", "TELEGRAM"));
        planning().plan(DUE);
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM alert_outbox")).isEqualTo(planned);
    }

    @Test
    void aGroupUpgradedToASupergroupTakesItsSubscriptionAndTheDaysMessageToItsNewChat() throws Exception {
        long supergroup = -1_009_876_543_210L;
        String movedKey = "GROUP_REMINDER/daily/" + supergroup + "/2025-10-16";
        Seed.occurrence(100, Seed.JUSTICE, DUE);
        planning().plan(DUE);
        NotifierDb.sql("DELETE FROM alert_outbox WHERE kind <> 'GROUP_REMINDER'");
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.groupUpgradedToSupergroup(supergroup));
        clock.set(SEVEN);
        Dispatcher dispatcher = dispatcher(TelegramThrottle.telegramLimits());

        DispatchReport first = dispatcher.dispatchDue(10);
        DispatchReport second = dispatcher.dispatchDue(10);

        assertThat(first.retried()).isEqualTo(1);
        assertThat(second.sent()).isEqualTo(1);
        assertThat(telegram.calls("sendMessage")).extracting(call -> call.param("chat_id"))
                .containsExactly(Long.toString(GROUP), Long.toString(supergroup));
        assertThat(telegram.calls("sendMessage").get(1).param("text"))
                .contains("Nhắc việc cải cách hành chính ngày 16/10/2025", "1 nhiệm vụ của Sở Tư pháp");
        assertThat(NotifierDb.rows("SELECT chat_id, agency_id FROM telegram_group_subscription"))
                .containsExactly(List.of(Long.toString(supergroup), Long.toString(Seed.JUSTICE)));
        assertThat(NotifierDb.rows("SELECT status, last_error FROM alert_outbox WHERE alert_key = '" + GROUP_KEY
                + "'").get(0)).satisfies(row -> {
                    assertThat(row.get(0)).isEqualTo("DROPPED");
                    assertThat(row.get(1)).contains("chuyển sang mã Telegram " + supergroup, movedKey,
                            "upgraded to a supergroup");
                });
        assertThat(NotifierDb.rows("SELECT status, recipient_id FROM alert_outbox WHERE alert_key = '" + movedKey
                + "'")).containsExactly(List.of("SENT", Long.toString(supergroup)));
        assertThat(NotifierDb.rows("SELECT address FROM alert_outbox_channel WHERE alert_key = '" + movedKey + "'"))
                .containsExactly(List.of(Long.toString(supergroup)));

        long messages = NotifierDb.count("SELECT COUNT(*) FROM alert_outbox WHERE kind = 'GROUP_REMINDER'");
        planning().plan(DUE);
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM alert_outbox WHERE kind = 'GROUP_REMINDER'"))
                .as("planning the day again addresses the new chat, which already has its message")
                .isEqualTo(messages);
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM recipient_channel_state")).as("nothing marked broken")
                .isZero();
    }

    @Test
    void aGroupChatGetsAtMostTwentyMessagesAMinuteAndItsQueueHoldsUpNoOtherChat() throws Exception {
        List<OutboxRow> rows = new ArrayList<>();
        for (int day = 0; day < 25; day++) {
            LocalDate planned = DUE.minusDays(day);
            rows.add(new OutboxRow("GROUP_REMINDER/daily/" + GROUP + "/" + planned, "GROUP_REMINDER", "daily", GROUP,
                    planned, SEVEN, "Nhắc việc", "Nhắc việc", "<b>Nhắc việc</b>",
                    List.of(new ChannelAddress("TELEGRAM", Long.toString(GROUP))), Set.of()));
        }
        rows.add(new OutboxRow("REMINDER/daily/1/2025-10-16", "REMINDER", "daily", 1, DUE, SEVEN.plusSeconds(1),
                "Nhắc việc", "Nhắc việc", "<b>Nhắc việc</b>", List.of(new ChannelAddress("TELEGRAM", "1001")),
                Set.of()));
        NotifierDb.inTransaction(em -> new OutboxRepository(em).write(rows, SEVEN));
        List<Instant> toGroup = new ArrayList<>();
        List<Instant> toOfficial = new ArrayList<>();
        AlertChannel timed = new AlertChannel() {
            private final GatewayChannel real = new GatewayChannel(gateway);

            @Override
            public DeliveryChannel channel() {
                return DeliveryChannel.TELEGRAM;
            }

            @Override
            public SendOutcome send(String address, RenderedMessage message) {
                (address.equals(Long.toString(GROUP)) ? toGroup : toOfficial).add(clock.instant());
                return real.send(address, message);
            }
        };
        Dispatcher dispatcher = new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), NotifierDb.preferences(), List.of(timed),
                TelegramThrottle.telegramLimits(), DispatchSettings.defaults(), clock, clock::advance, () -> 0.0, "a",
                Sending.check(), Sending.window());

        clock.set(SEVEN);
        dispatcher.dispatchDue(10);
        while (NotifierDb.count("SELECT COUNT(*) FROM alert_outbox WHERE status = 'PENDING'") > 0) {
            clock.set(Timestamp.valueOf(NotifierDb.rows("SELECT MIN(next_attempt_at) FROM alert_outbox "
                    + "WHERE status = 'PENDING'").get(0).get(0)).toInstant());
            assertThat(clock.instant()).isBefore(SEVEN.plus(Duration.ofMinutes(5)));
            dispatcher.dispatchDue(10);
        }

        assertThat(toGroup).hasSize(25);
        for (int i = 1; i < toGroup.size(); i++) {
            assertThat(Duration.between(toGroup.get(i - 1), toGroup.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        }
        assertThat(toGroup.stream().filter(sent -> sent.isBefore(SEVEN.plusSeconds(60))).count())
                .as("sends to the group within its first minute").isEqualTo(20);
        assertThat(toGroup.get(24)).isBefore(SEVEN.plusSeconds(76));
        assertThat(toOfficial).singleElement().as("the group's queue does not hold up another chat")
                .isEqualTo(SEVEN.plusSeconds(1));
        assertThat(telegram.calls("sendMessage")).hasSize(26);
    }

    /** The bot's gateway as an alert channel, as the application's Telegram channel wires it. */
    private record GatewayChannel(BotApiTelegramGateway gateway) implements AlertChannel {

        @Override
        public DeliveryChannel channel() {
            return DeliveryChannel.TELEGRAM;
        }

        @Override
        public SendOutcome send(String address, RenderedMessage message) {
            SendResult result = gateway.sendText(Long.parseLong(address), message.telegramHtml());
            if (result instanceof Sent sent) {
                return SendOutcome.delivered(Long.toString(sent.messageId()));
            }
            if (result instanceof TransientFailure failure) {
                return SendOutcome.transientFailure(failure.retryAfter(), failure.reason());
            }
            PermanentFailure failure = (PermanentFailure) result;
            if (failure.movedToChat().isPresent()) {
                return SendOutcome.moved(Long.toString(failure.movedToChat().getAsLong()), failure.reason());
            }
            return SendOutcome.permanentFailure(failure.reason(), failure.recipientUnreachable());
        }
    }
}
