package vn.laichau.par.api.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.ScriptedAnswer;
import vn.laichau.par.notifier.channel.SendOutcome;
import vn.laichau.par.notifier.message.RenderedMessage;
import vn.laichau.par.notifier.recipient.Channel;

/** The real Telegram library against the fake Bot API on 127.0.0.1, through the notifier's channel interface. */
class TelegramAlertChannelTest {

    private static final RenderedMessage MESSAGE = new RenderedMessage("Nhắc hạn",
            "I.3 — Kiểm tra công tác CCHC", "<b>I.3</b> — Kiểm tra công tác CCHC &amp; báo cáo");

    private final FakeBotApi telegram = FakeBotApi.start();
    private final BotApiTelegramGateway gateway =
            new BotApiTelegramGateway(telegram.settings().withRequestTimeout(Duration.ofMillis(800)));
    private final TelegramAlertChannel channel = new TelegramAlertChannel(gateway, true);

    @AfterEach
    void close() {
        gateway.close();
        telegram.close();
    }

    @Test
    void aDeliveredMessageCarriesTelegramsMessageIdAndGoesOutAsHtml() {
        SendOutcome outcome = channel.send("1001", MESSAGE);

        assertThat(outcome).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(((SendOutcome.Delivered) outcome).providerMessageId()).matches("\\d+");
        assertThat(telegram.calls("sendMessage")).singleElement().satisfies(call -> {
            assertThat(call.param("chat_id")).isEqualTo("1001");
            assertThat(call.param("parse_mode")).isEqualToIgnoringCase("html");
            assertThat(call.param("text")).isEqualTo(MESSAGE.telegramHtml());
        });
        assertThat(channel.channel()).isEqualTo(Channel.TELEGRAM);
    }

    @Test
    void tooManyRequestsIsTransientWithTelegramsRetryAfter() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.tooManyRequests(37));

        assertThat(channel.send("1001", MESSAGE)).isInstanceOfSatisfying(SendOutcome.Transient.class,
                failure -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(37)));
    }

    @Test
    void serverErrorsGarbledAnswersAndTimeOutsAreTransient() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.internalServerError());
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.htmlBadGateway());
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.delay(Duration.ofSeconds(3)));

        assertThat(channel.send("1001", MESSAGE)).isInstanceOf(SendOutcome.Transient.class);
        assertThat(channel.send("1001", MESSAGE)).isInstanceOf(SendOutcome.Transient.class);
        assertThat(channel.send("1001", MESSAGE)).isInstanceOf(SendOutcome.Transient.class);
        assertThat(channel.send("1001", MESSAGE)).isInstanceOf(SendOutcome.Delivered.class);
    }

    @Test
    void aBlockedBotOrAMissingChatMakesTheRecipientUnreachable() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.botBlockedByUser());
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.chatNotFound());
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.badRequest("Bad Request: can't parse entities"));

        assertThat(channel.send("1001", MESSAGE)).isInstanceOfSatisfying(SendOutcome.Permanent.class,
                failure -> assertThat(failure.recipientUnreachable()).isTrue());
        assertThat(channel.send("1001", MESSAGE)).isInstanceOfSatisfying(SendOutcome.Permanent.class,
                failure -> assertThat(failure.recipientUnreachable()).isTrue());
        assertThat(channel.send("1001", MESSAGE)).as("a bad message is not a dead chat")
                .isInstanceOfSatisfying(SendOutcome.Permanent.class,
                        failure -> assertThat(failure.recipientUnreachable()).isFalse());
    }

    @Test
    void anAddressThatIsNoChatIdIsRefusedWithoutACall() {
        assertThat(channel.send("lan@laichau.gov.vn", MESSAGE)).isInstanceOf(SendOutcome.Permanent.class);
        assertThat(telegram.calls("sendMessage")).isEmpty();
    }

    @Test
    void withoutABotTokenTheChannelIsOff() {
        assertThat(new TelegramAlertChannel(gateway, false).isEnabled()).isFalse();
    }
}
