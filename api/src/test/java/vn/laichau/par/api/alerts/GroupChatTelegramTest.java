package vn.laichau.par.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.api.telegram.TelegramAlertChannel;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.delivery.TelegramThrottle;
import vn.laichau.par.notifier.RenderedMessage;

/** A group reminder goes to the group's chat through the application's Telegram channel, at the group's rate. */
class GroupChatTelegramTest {

    private static final String GROUP = "-1001234567890";
    private static final RenderedMessage MESSAGE = new RenderedMessage("Nhắc việc CCHC ngày 16/10/2025",
            "Nhắc việc", "<b>Nhắc việc cải cách hành chính ngày 16/10/2025</b>\n2 nhiệm vụ của Sở Tư pháp cần chú ý:");

    private final FakeBotApi telegram = FakeBotApi.start();
    private final BotApiTelegramGateway gateway = new BotApiTelegramGateway(telegram.settings());
    private final TelegramAlertChannel channel = new TelegramAlertChannel(gateway, Optional.of("123456:test-token"));

    @AfterEach
    void close() {
        gateway.close();
        telegram.close();
    }

    @Test
    void aGroupReminderReachesTheGroupsChatAsHtml() {
        SendOutcome outcome = channel.send(GROUP, MESSAGE);

        assertThat(outcome).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(telegram.calls("sendMessage")).singleElement().satisfies(call -> {
            assertThat(call.param("chat_id")).isEqualTo(GROUP);
            assertThat(call.param("parse_mode")).isEqualToIgnoringCase("html");
            assertThat(call.param("text")).isEqualTo(MESSAGE.telegramHtml());
        });
    }

    @Test
    void theThrottleKeepsAGroupToTwentyMessagesAMinuteWithoutHoldingUpOtherChats() {
        TelegramThrottle throttle = TelegramThrottle.telegramLimits();
        Instant now = Instant.parse("2025-10-16T00:00:00Z");
        Duration putBackBeyond = Duration.ofSeconds(2);

        assertThat(throttle.reserve(GROUP, now, putBackBeyond)).isZero();
        assertThat(throttle.reserve(GROUP, now, putBackBeyond)).isEqualTo(Duration.ofSeconds(3));
        assertThat(throttle.reserve(GROUP, now, putBackBeyond)).as("not booked: the same wait again")
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(throttle.reserve("1001", now, putBackBeyond)).isZero();
        assertThat(throttle.reserve(GROUP, now.plusSeconds(3), putBackBeyond)).isZero();
    }
}
