package vn.laichau.par.bot.testing;

import vn.laichau.par.testsupport.MutableClock;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.application.occurrence.ExtensionNotices;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.laichau.par.bot.command.BotUpdateHandler;
import vn.laichau.par.bot.command.ChatRateLimiter;
import vn.laichau.par.bot.intake.LongPollingIntake;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.command.Tracker;

/**
 * The whole bot as it runs in the server — the real TelegramBots library polling a {@link FakeBotApi}, the
 * handler, MariaDB — with helpers that send an update and wait for the bot's reply.
 */
public final class BotFixture implements AutoCloseable {

    public static final String BOT_USERNAME = "par_laichau_bot";

    public final FakeBotApi telegram;
    public final BotUpdateHandler handler;
    /** The bot's use cases and reads, also for a test acting as another channel inside a transaction. */
    public final Tracker tracker;
    private final BotApiTelegramGateway gateway;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final LongPollingIntake intake;

    public BotFixture(BotDatabase database, MutableClock clock, Path dataDirectory, ChatRateLimiter limiter)
            throws Exception {
        this(database, clock, dataDirectory, limiter, new RecordedExtensionNotices());
    }

    /** The same, with the extension use cases telling {@code notices}. */
    public BotFixture(BotDatabase database, MutableClock clock, Path dataDirectory, ChatRateLimiter limiter,
                      ExtensionNotices notices) throws Exception {
        telegram = FakeBotApi.start();
        gateway = new BotApiTelegramGateway(telegram.settings());
        tracker = BotDatabase.tracker(clock, dataDirectory, Optional.empty(), notices);
        handler = new BotUpdateHandler(gateway, database, tracker, limiter, BOT_USERNAME, clock);
        intake = LongPollingIntake.start(telegram.settings(), handler, executor);
    }

    /** Sends a text from a private chat and returns the bot's text reply. */
    public String say(long chat, String text) {
        return send(chat, FakeUpdates.text(chat, text)).param("text");
    }

    /** Presses a button and returns the bot's text reply. */
    public String press(long chat, String data) {
        return send(chat, FakeUpdates.callback(chat, "cb-" + System.nanoTime(), data)).param("text");
    }

    /** Queues an update and waits for the next text the bot sends to the chat. */
    public RecordedCall send(long chat, ObjectNode update) {
        int before = textsTo(chat).size();
        telegram.queueUpdate(update);
        await().atMost(Duration.ofSeconds(15)).until(() -> textsTo(chat).size() > before);
        return textsTo(chat).get(before);
    }

    public List<RecordedCall> textsTo(long chat) {
        return to(chat, "sendMessage");
    }

    public List<RecordedCall> to(long chat, String method) {
        return telegram.calls(method).stream().filter(c -> c.param("chat_id").equals(Long.toString(chat))).toList();
    }

    @Override
    public void close() throws InterruptedException {
        intake.close();
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        gateway.close();
        telegram.close();
    }
}
