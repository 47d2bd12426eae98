package vn.laichau.par.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.FakeUpdates;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.bot.testing.ScriptedAnswer;

class LongPollingIntakeTest {

    private static final long CHAT = 5151L;

    private final List<Update> handled = new CopyOnWriteArrayList<>();
    private FakeBotApi telegram;
    private ScheduledExecutorService executor;
    private LongPollingIntake intake;

    @BeforeEach
    void start() {
        telegram = FakeBotApi.start();
        executor = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (intake != null) {
            intake.close();
        }
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        telegram.close();
    }

    @Test
    void updatesArriveInOrderAndEachPollConfirmsTheLastOnesByOffset() throws Exception {
        for (int i = 1; i <= 5; i++) {
            telegram.queueUpdate(FakeUpdates.text(CHAT, "/viec " + i));
        }

        intake = LongPollingIntake.start(telegram.settings(), handled::add, executor);
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 5);
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/viec 6"));
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/viec 7"));
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 7);

        assertThat(handled).extracting(Update::getUpdateId).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(handled).extracting(update -> update.getMessage().getText())
                .containsExactly("/viec 1", "/viec 2", "/viec 3", "/viec 4", "/viec 5", "/viec 6", "/viec 7");
        List<Long> offsets = telegram.calls("getUpdates").stream()
                .map(call -> Long.parseLong(call.param("offset"))).toList();
        assertThat(offsets.get(0)).isEqualTo(1);
        assertThat(offsets).isSorted().contains(6L);
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.calls("getUpdates").stream()
                .anyMatch(call -> call.param("offset").equals("8")));
    }

    @Test
    void theWebhookIsDeletedBeforeTheFirstPoll() throws Exception {
        intake = LongPollingIntake.start(telegram.settings(), handled::add, executor);
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.calls("getUpdates").isEmpty());

        List<RecordedCall> calls = telegram.calls();
        assertThat(calls.get(0).is("deleteWebhook")).isTrue();
        assertThat(telegram.calls("getUpdates").get(0).param("timeout")).isEqualTo("1");
    }

    @Test
    void aHandlerThatThrowsDoesNotStopTheUpdatesAfterIt() throws Exception {
        UpdateHandler failingOnBoom = update -> {
            if (update.getMessage().getText().equals("/boom")) {
                throw new IllegalStateException("handler failure for the test");
            }
            handled.add(update);
        };
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/truoc"));
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/boom"));
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/sau"));

        intake = LongPollingIntake.start(telegram.settings(), failingOnBoom, executor);
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2);
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/boom"));
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/tiep"));
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 3);

        assertThat(handled).extracting(update -> update.getMessage().getText())
                .containsExactly("/truoc", "/sau", "/tiep");
        assertThat(intake.isRunning()).isTrue();
    }

    @Test
    void pollingContinuesAfterTheBotApiFailsAPoll() throws Exception {
        telegram.answerNext("getUpdates", 1, ScriptedAnswer.htmlBadGateway());
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/quahan"));

        intake = LongPollingIntake.start(telegram.settings(), handled::add, executor);

        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);
        assertThat(handled.get(0).getMessage().getText()).isEqualTo("/quahan");
    }

    @Test
    void closeEndsALongPollInFlightPromptlyAndFreesTheExecutor() throws Exception {
        intake = LongPollingIntake.start(telegram.settings().withPollTimeoutSeconds(30), handled::add, executor);
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.calls("getUpdates").isEmpty());

        assertTimeoutPreemptively(Duration.ofSeconds(3), intake::close);

        assertThat(intake.isRunning()).isFalse();
        assertThat(executor.submit(() -> "free").get(3, TimeUnit.SECONDS)).isEqualTo("free");
        int pollsAtClose = telegram.calls("getUpdates").size();
        telegram.queueUpdate(FakeUpdates.text(CHAT, "/sau-khi-dung"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> telegram.calls("getUpdates").size() == pollsAtClose);
        assertThat(handled).isEmpty();
    }

    @Test
    void startFailsClearlyWhenTheBotApiCannotBeReached() {
        telegram.close();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(LongPollingIntake.class.getName());
        List<String> notices = new CopyOnWriteArrayList<>();
        java.util.logging.Handler listener = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                notices.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(listener);
        try {
            assertThatThrownBy(
                            () -> LongPollingIntake.start(telegram.settings(), handled::add, executor))
                    .isInstanceOf(TelegramApiException.class);
        } finally {
            log.removeHandler(listener);
        }
        assertThat(notices).as("polling that never ran is not said to stop (each retry of the start would say it)")
                .noneMatch(notice -> notice.contains("stopped"));
    }
}
