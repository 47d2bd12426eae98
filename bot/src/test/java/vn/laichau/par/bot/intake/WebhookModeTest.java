package vn.laichau.par.bot.intake;

import vn.laichau.par.bot.WebhookResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.channel.ChannelWatch;
import vn.laichau.par.bot.command.BotUpdateHandler;
import vn.laichau.par.bot.command.ChatRateLimiter;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.telegram.TelegramSettings;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.BotFixture;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.bot.testing.ScriptedAnswer;

/**
 * Webhook mode against the fake Bot API: at start the bot calls {@code setWebhook} with the configured URL and
 * secret and polls nothing; updates posted with the wrong secret are refused, those with the right one are
 * answered through the real library.
 */
class WebhookModeTest {

    private static final String SECRET = "par-webhook_Secret-2019-of-32-characters";
    private static final String URL = "https://par.laichau.gov.vn/api/v1/telegram/webhook";
    private static final long CHAT = 7601;

    private FakeBotApi telegram;
    private TelegramSettings settings;
    private BotApiTelegramGateway gateway;
    private ScheduledExecutorService executor;
    private BotUpdateHandler handler;
    private UpdateIntakes intakes;

    @BeforeEach
    void start() {
        telegram = FakeBotApi.start();
        settings = telegram.settings().withWebhook(SECRET);
        gateway = new BotApiTelegramGateway(settings);
        executor = Executors.newSingleThreadScheduledExecutor();
        MutableClock clock = new MutableClock(Instant.parse("2019-06-15T02:00:00Z"));
        handler = new BotUpdateHandler(gateway, BotDatabase.open(),
                BotDatabase.tracker(clock, Path.of("target", "webhook-evidence")), new ChatRateLimiter(10_000, Duration.ofSeconds(1)), BotFixture.BOT_USERNAME, clock);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (intakes != null) {
            intakes.close();
        }
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        gateway.close();
        telegram.close();
    }

    private List<RecordedCall> textsTo(long chat) {
        return telegram.calls("sendMessage").stream()
                .filter(c -> c.param("chat_id").equals(Long.toString(chat))).toList();
    }

    @Test
    void atStartTheWebhookIsRegisteredWithItsUrlAndSecretAndNothingIsPolled() throws Exception {
        intakes = UpdateIntakes.start(settings, Optional.of(URL), handler, executor);

        await().atMost(Duration.ofSeconds(10)).until(intakes::isWebhookRegistered);
        RecordedCall setWebhook = telegram.calls("setWebhook").get(0);
        assertThat(telegram.calls("setWebhook")).hasSize(1);
        assertThat(setWebhook.param("url")).isEqualTo(URL);
        assertThat(setWebhook.param("secret_token")).isEqualTo(SECRET);
        assertThat(setWebhook.param("allowed_updates")).contains("message").contains("callback_query");
        assertThat(setWebhook.param("max_connections")).as("deliveries at once, each holding a request thread")
                .isEqualTo("2");

        Thread.sleep(settings.pollTimeoutSeconds() * 1000L + 500);
        assertThat(telegram.calls("getUpdates")).isEmpty();
        assertThat(telegram.calls("deleteWebhook")).isEmpty();
        assertThat(intakes.isPolling()).isFalse();
    }

    @Test
    void anUpdateWithTheWrongSecretIsRefusedAndOneWithTheRightSecretIsAnswered() throws Exception {
        intakes = UpdateIntakes.start(settings, Optional.of(URL), handler, executor);
        WebhookIntake webhook = intakes.webhook().orElseThrow();
        String body = FakeUpdates.asJson(FakeUpdates.text(CHAT, "/help"), 70_001);

        assertThat(webhook.receive(body, "par-webhook_Secret-2018")).isEqualTo(WebhookResult.REJECTED_SECRET);
        assertThat(webhook.receive(body, null)).isEqualTo(WebhookResult.REJECTED_SECRET);
        Thread.sleep(300);
        assertThat(textsTo(CHAT)).isEmpty();

        assertThat(webhook.receive(body, SECRET)).isEqualTo(WebhookResult.ACCEPTED);
        assertThat(textsTo(CHAT)).singleElement()
                .satisfies(reply -> assertThat(reply.param("text")).contains("Các lệnh của bot").contains("/viec"));
    }

    @Test
    void aRegistrationTelegramRefusesIsTriedAgainUntilItIsAccepted() throws Exception {
        telegram.answerNext("setWebhook", 1, ScriptedAnswer.internalServerError());
        telegram.answerNext("setWebhook", 1, ScriptedAnswer.htmlBadGateway());

        intakes = UpdateIntakes.start(settings, Optional.of(URL), handler, executor, ChannelWatch.none(),
                () -> new ReconnectBackOff(Duration.ofMillis(50), Duration.ofMillis(50)));

        await().atMost(Duration.ofSeconds(10)).until(intakes::isWebhookRegistered);
        assertThat(telegram.calls("setWebhook")).hasSize(3)
                .allSatisfy(call -> assertThat(call.param("secret_token")).isEqualTo(SECRET));
        assertThat(telegram.calls("getUpdates")).isEmpty();
    }

    @Test
    void withoutAWebhookUrlNothingIsRegisteredAndNothingIsPolled() throws Exception {
        intakes = UpdateIntakes.start(settings, Optional.of(" "), handler, executor);

        Thread.sleep(500);
        assertThat(telegram.calls()).isEmpty();
        assertThat(intakes.webhook()).isPresent();
    }

    @Test
    void longPollingModeDeletesAnyWebhookAndPolls() throws Exception {
        intakes = UpdateIntakes.start(telegram.settings(), Optional.of(URL), handler, executor);

        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.calls("getUpdates").isEmpty());
        assertThat(telegram.calls("deleteWebhook")).isNotEmpty();
        assertThat(telegram.calls("setWebhook")).isEmpty();
        assertThat(intakes.isPolling()).isTrue();
        assertThat(intakes.webhook()).isEmpty();
    }
}
