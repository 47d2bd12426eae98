package vn.laichau.par.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.laichau.par.application.channel.ChannelWatch;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.bot.testing.ScriptedAnswer;

/**
 * The bot never gives up on the Bot API: unreachable, failing with 5xx or timing out at start or while it runs,
 * it is tried again with back-off and the updates arrive once it answers — no restart. Pauses are shortened to
 * 50–200 ms here; the real ones are {@link ReconnectBackOff#standard()}.
 */
class ReconnectTest {

    private static final long CHAT = 6161L;
    private static final String SECRET = "reconnect-secret-of-at-least-32-characters";

    private final List<Update> handled = new CopyOnWriteArrayList<>();
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final ChannelWatch watch = new ChannelWatch() {
        @Override
        public void up() {
            reports.add("up");
        }

        @Override
        public void down(String error) {
            reports.add("down: " + error);
        }
    };
    private FakeBotApi telegram;
    private ScheduledExecutorService executor;
    private UpdateIntakes intakes;

    @BeforeEach
    void start() {
        telegram = FakeBotApi.start();
        executor = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (intakes != null) {
            intakes.close();
        }
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        telegram.close();
    }

    private UpdateIntakes startIntakes(Optional<String> webhookUrl, boolean webhookMode) {
        return UpdateIntakes.start(webhookMode ? telegram.settings().withWebhook(SECRET) : telegram.settings(),
                webhookUrl, handled::add, executor, watch,
                () -> new ReconnectBackOff(Duration.ofMillis(50), Duration.ofMillis(200)));
    }

    private List<String> downs() {
        return reports.stream().filter(r -> r.startsWith("down")).toList();
    }

    @Test
    void aBotApiUnreachableAtStartIsTriedAgainUntilItAnswersAndThenUpdatesArrive() throws Exception {
        telegram.goDown();

        intakes = startIntakes(Optional.empty(), false);
        await().atMost(Duration.ofSeconds(10)).until(() -> downs().size() >= 5);
        assertThat(intakes.isPolling()).isFalse();
        assertThat(telegram.calls()).isEmpty();
        assertThat(downs()).allSatisfy(report -> assertThat(report).containsIgnoringCase("deleteWebhook")
                .doesNotContain(telegram.token()));

        telegram.comeUp();
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/help"));

        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);
        assertThat(handled.get(0).getMessage().getText()).isEqualTo("/help");
        assertThat(intakes.isPolling()).isTrue();
        assertThat(reports.get(reports.size() - 1)).isEqualTo("up");
    }

    @Test
    void serverErrorsAtStartAreRetriedLikeAnUnreachableApi() throws Exception {
        telegram.answerNext("deleteWebhook", 2, ScriptedAnswer.htmlBadGateway());
        telegram.answerNext("deleteWebhook", 1, ScriptedAnswer.internalServerError());
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/viec"));

        intakes = startIntakes(Optional.empty(), false);

        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);
        assertThat(telegram.calls("deleteWebhook")).hasSize(4);
        assertThat(downs()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(report -> assertThat(report).containsIgnoringCase("deleteWebhook: HTTP 502"))
                .anySatisfy(report -> assertThat(report).containsIgnoringCase("deleteWebhook: HTTP 500"));
    }

    @Test
    void aBotApiLostWhileRunningIsPolledAgainOnceItIsBackAndNothingQueuedMeanwhileIsLost() throws Exception {
        intakes = startIntakes(Optional.empty(), false);
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/truoc"));
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);

        telegram.goDown();
        int downsBefore = downs().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> downs().size() >= downsBefore + 3);
        assertThat(downs().get(downs().size() - 1)).containsIgnoringCase("getUpdates: java.net.ConnectException");
        telegram.answerNext("getUpdates", 2, ScriptedAnswer.internalServerError());
        telegram.comeUp();
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/sau"));

        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2);
        assertThat(handled).extracting(update -> update.getMessage().getText()).containsExactly("/truoc", "/sau");
        assertThat(downs()).anySatisfy(report -> assertThat(report).containsIgnoringCase("getUpdates: HTTP 500"));
        await().atMost(Duration.ofSeconds(5)).until(() -> reports.get(reports.size() - 1).equals("up"));
    }

    @Test
    void aPollThatTimesOutCountsAsDownAndPollingGoesOn() throws Exception {
        intakes = UpdateIntakes.start(telegram.settings().withRequestTimeout(Duration.ofMillis(300)), Optional.empty(),
                handled::add, executor, watch, () -> new ReconnectBackOff(Duration.ofMillis(50), Duration.ofMillis(200)));
        await().atMost(Duration.ofSeconds(10)).until(() -> reports.contains("up"));
        telegram.answerNext("getUpdates", 1, ScriptedAnswer.delay(Duration.ofSeconds(3)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> downs().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains("getupdates: java.net.sockettimeoutexception")));
        Thread.sleep(3_500); // the fake's delayed answer ends and would swallow an update meanwhile

        telegram.queueUpdate(FakeUpdates.text(CHAT, "/quahan"));
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);
    }

    @Test
    void theWebhookIsRegisteredOnceTheBotApiIsReachableAgain() throws Exception {
        telegram.goDown();

        intakes = startIntakes(Optional.of("https://par.example.vn/api/v1/telegram/webhook"), true);
        await().atMost(Duration.ofSeconds(10)).until(() -> downs().size() >= 3);
        assertThat(intakes.isWebhookRegistered()).isFalse();
        assertThat(downs()).allSatisfy(report -> assertThat(report).startsWith("down: setWebhook"));

        telegram.answerNext("setWebhook", 1, ScriptedAnswer.htmlBadGateway());
        telegram.comeUp();

        await().atMost(Duration.ofSeconds(10)).until(intakes::isWebhookRegistered);
        assertThat(telegram.calls("setWebhook")).hasSize(2);
        assertThat(telegram.calls("getUpdates")).isEmpty();
        assertThat(reports.get(reports.size() - 1)).isEqualTo("up");
    }

    @Test
    void blockedAtStartThenRefusingWhileRunningWithTheStandardPauses() throws Exception {
        telegram.blockConnections(Duration.ofSeconds(3));
        intakes = UpdateIntakes.start(telegram.settings().withRequestTimeout(Duration.ofSeconds(15)), Optional.empty(),
                handled::add, executor, watch, ReconnectBackOff::standard);
        await().atMost(Duration.ofSeconds(30)).until(() -> !telegram.calls("getUpdates").isEmpty());
        assertThat(telegram.blockedAttempts()).isNotEmpty();
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/truoc"));
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);

        telegram.goDown();
        Thread.sleep(8_000);
        telegram.comeUp();
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/sau"));
        await().atMost(Duration.ofSeconds(40)).until(() -> handled.size() == 2);
    }
}
