package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.bot.testing.RecordedCall;

/**
 * The bot in the running application reconnects by itself: the Bot API blocked for the first 30 s of the run
 * ({@link TelegramBotFakeSession}) and later refusing connections for a while — each time the bot answers
 * {@code /help} once Telegram is back, without a restart; meanwhile {@code /health} shows the Telegram channel
 * DOWN with since when and the last error, and liveness and readiness stay UP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BotReconnectIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    private final FakeBotApi telegram = TelegramBotFakeSession.telegram();

    private List<RecordedCall> textsTo(long chat) {
        return telegram.calls("sendMessage").stream()
                .filter(c -> c.param("chat_id").equals(Long.toString(chat))).toList();
    }

    private String say(long chat, String text, Duration limit) {
        int before = textsTo(chat).size();
        telegram.queueUpdate(FakeUpdates.text(chat, text));
        waitUntil(() -> textsTo(chat).size() > before, limit, "the bot answering " + text);
        return textsTo(chat).get(before).param("text");
    }

    private static void waitUntil(BooleanSupplier condition, Duration limit, String what) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + limit + " in vain for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private Optional<JsonNode> telegramCheck() {
        HttpJson.Answer health = new HttpJson(base).get("/health");
        for (JsonNode check : health.json().path("checks")) {
            if (check.path("name").asText().equals("telegram")) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }

    private boolean telegramIs(String status) {
        return telegramCheck().map(check -> check.path("status").asText().equals(status)).orElse(false);
    }

    @Test
    void aBotApiBlockedForTheFirstThirtySecondsIsReachedWithoutARestartAndTheBotAnswers() {
        List<Instant> blocked = telegram.blockedAttempts();
        assertThat(blocked).as("connections the application tried while Telegram was blocked")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(Duration.between(blocked.get(0), blocked.get(blocked.size() - 1)))
                .as("the application kept trying while blocked").isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(telegram.upAgainAt()).isAfter(blocked.get(blocked.size() - 1));

        assertThat(say(880_101, "/help", Duration.ofSeconds(30))).contains("/viec");
        waitUntil(() -> telegramIs("UP"), Duration.ofSeconds(10), "the Telegram check UP");
    }

    @Test
    void whileTheBotApiRefusesConnectionsHealthShowsTelegramDownAndTheApiStaysLiveAndReady() {
        HttpJson http = new HttpJson(base);
        assertThat(say(880_102, "/help", Duration.ofSeconds(30))).contains("/viec");
        Instant wentDown = Instant.now();
        telegram.goDown();
        try {
            waitUntil(() -> telegramIs("DOWN"), Duration.ofSeconds(30), "the Telegram check DOWN");
            JsonNode down = telegramCheck().orElseThrow();
            // refused for a new connection, reset for a long poll that was open when the API went down
            assertThat(down.path("data").path("lastError").asText()).containsIgnoringCase("getUpdates")
                    .containsAnyOf("ConnectException", "Connection reset").doesNotContain(telegram.token());
            assertThat(Instant.parse(down.path("data").path("since").asText()))
                    .isBetween(wentDown.minusSeconds(5), Instant.now());
            assertThat(http.get("/health").status()).isEqualTo(503);
            assertThat(http.get("/health/live").status()).isEqualTo(200);
            assertThat(http.get("/health/ready").status()).isEqualTo(200);
            assertThat(http.get("/health/ready").body()).doesNotContain("telegram");
        } finally {
            telegram.comeUp();
        }

        assertThat(say(880_102, "/help", Duration.ofSeconds(60))).contains("/viec");
        waitUntil(() -> telegramIs("UP"), Duration.ofSeconds(10), "the Telegram check UP again");
        assertThat(http.get("/health/live").status()).isEqualTo(200);
    }
}
