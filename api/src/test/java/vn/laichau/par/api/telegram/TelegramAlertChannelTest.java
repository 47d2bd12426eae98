package vn.laichau.par.api.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.command.CallbackData;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.bot.testing.ScriptedAnswer;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.ItemAction;
import vn.laichau.par.notifier.ItemAction.Kind;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.DeliveryChannel;

/** The real Telegram library against the fake Bot API on 127.0.0.1, through the notifier's channel interface. */
class TelegramAlertChannelTest {

    private static final RenderedMessage MESSAGE = new RenderedMessage("Nhắc hạn",
            "I.3 — Kiểm tra công tác CCHC", "<b>I.3</b> — Kiểm tra công tác CCHC &amp; báo cáo");

    private final FakeBotApi telegram = FakeBotApi.start();
    private final BotApiTelegramGateway gateway =
            new BotApiTelegramGateway(telegram.settings().withRequestTimeout(Duration.ofMillis(800)));
    private final TelegramAlertChannel channel = new TelegramAlertChannel(gateway, Optional.of("123456:test-token"));

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
        assertThat(channel.channel()).isEqualTo(DeliveryChannel.TELEGRAM);
    }

    @Test
    void theMessagesActionsGoOutAsTheBotsOwnButtonsCarryingTheOccurrencesVersion() throws Exception {
        RenderedMessage alert = MESSAGE.withActions(List.of(
                List.of(new ItemAction(Kind.FINISH, 123, 7, "✅ I.3 Xong"), new ItemAction(Kind.EXTEND, 123, 7,
                        "⏳ I.3 Gia hạn"), new ItemAction(Kind.EVIDENCE, 123, 7, "📎 I.3 Minh chứng")),
                List.of(new ItemAction(Kind.FINISH, Long.MAX_VALUE, Long.MAX_VALUE, "✅ II.1 Xong"))));

        assertThat(channel.send("1001", alert)).isInstanceOf(SendOutcome.Delivered.class);

        RecordedCall call = telegram.calls("sendMessage").get(0);
        assertThat(call.param("text")).isEqualTo(MESSAGE.telegramHtml());
        JsonNode keyboard = new ObjectMapper().readTree(call.param("reply_markup")).path("inline_keyboard");
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0)).extracting(button -> button.path("text").asText())
                .containsExactly("✅ I.3 Xong", "⏳ I.3 Gia hạn", "📎 I.3 Minh chứng");
        assertThat(keyboard.get(0)).extracting(button -> button.path("callback_data").asText())
                .containsExactly("x:123:7", "g:123:7", "e:123:7");
        assertThat(CallbackData.decode(keyboard.get(0).get(0).path("callback_data").asText()))
                .as("the data the bot reads back from a press").contains(CallbackData.of(Action.FINISH, 123, 7));
        assertThat(CallbackData.decode(keyboard.get(0).get(1).path("callback_data").asText()))
                .contains(CallbackData.of(Action.EXTEND, 123, 7));
        assertThat(CallbackData.decode(keyboard.get(0).get(2).path("callback_data").asText()))
                .contains(CallbackData.of(Action.EVIDENCE, 123, 7));
        String largest = keyboard.get(1).get(0).path("callback_data").asText();
        assertThat(largest).isEqualTo("x:" + Long.MAX_VALUE + ":" + Long.MAX_VALUE);
        assertThat(largest.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void aMessageWithoutActionsAndAnyMessageToAGroupChatGoOutWithoutButtons() {
        RenderedMessage alert = MESSAGE.withActions(List.of(List.of(new ItemAction(Kind.FINISH, 123, 7, "✅ Xong"))));

        assertThat(channel.send("1001", MESSAGE)).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(channel.send("-1001234567890", alert)).isInstanceOf(SendOutcome.Delivered.class);

        assertThat(telegram.calls("sendMessage")).hasSize(2)
                .allSatisfy(call -> assertThat(call.param("reply_markup")).isEmpty());
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
    void aGroupUpgradedToASupergroupIsAMovedAddressWithTheNewChatId() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.groupUpgradedToSupergroup(-1_009_876_543_210L));

        assertThat(channel.send("-4012345", MESSAGE)).isInstanceOfSatisfying(SendOutcome.Moved.class, moved -> {
            assertThat(moved.newAddress()).isEqualTo("-1009876543210");
            assertThat(moved.reason()).contains("upgraded to a supergroup");
        });
        assertThat(channel.send("-1009876543210", MESSAGE)).isInstanceOf(SendOutcome.Delivered.class);
    }

    @Test
    void anAddressThatIsNoChatIdIsRefusedWithoutACall() {
        assertThat(channel.send("lan@laichau.gov.vn", MESSAGE)).isInstanceOf(SendOutcome.Permanent.class);
        assertThat(telegram.calls("sendMessage")).isEmpty();
    }

    @Test
    void withoutABotTokenTheChannelIsOff() {
        assertThat(new TelegramAlertChannel(gateway, Optional.empty()).isEnabled()).isFalse();
    }
}
