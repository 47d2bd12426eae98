package vn.laichau.par.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.channel.ChannelWatch;
import vn.laichau.par.bot.intake.ReconnectBackOff;
import vn.laichau.par.bot.testing.BotDatabase;
import vn.laichau.par.bot.testing.FakeZaloApi;
import vn.laichau.par.persistence.messenger.HandledEventRepository;

/**
 * Zalo events by polling against the fake Zalo Bot API, remembered in the test run's MariaDB: one event per poll,
 * each handled once even when Zalo delivers it again, and the API retried with back-off while it fails.
 */
class ZaloPollingTest {

    private static final BotDatabase DATABASE = BotDatabase.open();

    private final FakeZaloApi zalo = FakeZaloApi.start();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final List<ZaloEvent> handled = new CopyOnWriteArrayList<>();
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final String run = Long.toString(System.nanoTime());
    private final EventLedger ledger = key -> DATABASE.inTransaction(em ->
            new HandledEventRepository(em).claim("zalo-test-" + run, key, Instant.now()));
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
    private ZaloPolling polling;

    @AfterEach
    void stop() throws InterruptedException {
        if (polling != null) {
            polling.close();
        }
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        zalo.close();
    }

    private ZaloPolling startPolling() {
        return ZaloPolling.start(new ZaloBotApi(zalo.settings()), handled::add, ledger, executor, watch,
                () -> new ReconnectBackOff(Duration.ofMillis(50), Duration.ofMillis(200)));
    }

    @Test
    void eventsArriveInOrderOnePerPollAndARedeliveredOneIsHandledOnce() {
        zalo.queueText("u-1", "/viec");
        zalo.queueText("u-1", "/help");
        polling = startPolling();
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2);

        ZaloEvent first = handled.get(0);
        var again = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("event_name", first.eventName());
        again.putObject("message").put("message_id", first.messageId()).put("text", "/viec")
                .put("date", 0).putObject("chat").put("id", "u-1").put("chat_type", "PRIVATE");
        zalo.queueEvent(again);
        zalo.queueText("u-1", "/tongquan");
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 3);
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(3)).until(() -> handled.size() == 3);

        assertThat(handled).extracting(e -> e.text().orElse("")).containsExactly("/viec", "/help", "/tongquan");
        assertThat(zalo.calls("deleteWebhook")).hasSize(1);
        assertThat(zalo.calls("getUpdates").size()).isGreaterThanOrEqualTo(4);
        assertThat(polling.isPolling()).isTrue();
    }

    @Test
    void emptyPollsEndingWith408AreNoFailure() {
        zalo.emptyPollsAnswer200();
        polling = startPolling();
        await().atMost(Duration.ofSeconds(10)).until(() -> zalo.calls("getUpdates").size() >= 3);

        assertThat(reports).isNotEmpty().allSatisfy(report -> assertThat(report).isEqualTo("up"));
    }

    @Test
    void anApiFailingAtStartAndWhilePollingIsTriedAgainUntilItAnswers() {
        zalo.failNextCalls(3);
        polling = startPolling();
        await().atMost(Duration.ofSeconds(10)).until(polling::isPolling);
        assertThat(zalo.calls("deleteWebhook")).hasSize(4);
        assertThat(reports).filteredOn(r -> r.startsWith("down")).hasSize(3)
                .allSatisfy(r -> assertThat(r).contains("deleteWebhook: HTTP 502"));

        zalo.failNextCalls(2);
        zalo.queueText("u-2", "/viec");
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> zalo.calls("getUpdates").size() >= 5
                && reports.get(reports.size() - 1).equals("up"));
        assertThat(reports).filteredOn(r -> r.contains("getUpdates: HTTP 502")).hasSize(2);
    }
}
