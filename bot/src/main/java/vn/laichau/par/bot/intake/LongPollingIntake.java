package vn.laichau.par.bot.intake;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.laichau.par.application.channel.ChannelWatch;
import vn.laichau.par.bot.telegram.TelegramHttpClients;
import vn.laichau.par.bot.telegram.TelegramSettings;

/**
 * Receives updates by long polling and hands them to an {@link UpdateHandler}, one at a time and in order.
 *
 * <p>Polling runs on the executor the caller supplies (a container-managed one in the server), which this class
 * never shuts down; it occupies one of its threads while running. Updates are handled on the polling thread, so
 * Telegram learns an update was received (through the next call's offset) only after it was handled.
 * {@link #close()} cancels the poll in flight instead of waiting for its time-out.
 */
public final class LongPollingIntake implements LongPollingUpdateConsumer, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LongPollingIntake.class.getName());
    private static final int MAX_UPDATES_PER_POLL = 100;
    private static final Duration GRACE_FOR_HANDLER_IN_FLIGHT = Duration.ofSeconds(2);

    private final UpdateHandler handler;
    private final OkHttpClient pollingHttp;
    private final PollingBackOff backOff;
    private final ReentrantLock handling = new ReentrantLock();
    private final TelegramBotsLongPollingApplication application;
    private volatile boolean closed;
    /** Whether polling ever ran: a start that failed is cleaned up without a notice that polling stopped. */
    private volatile boolean started;

    private LongPollingIntake(TelegramSettings settings, UpdateHandler handler, ScheduledExecutorService executor,
                              ChannelWatch watch, BackOff reconnect) {
        this.handler = Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(executor, "executor");
        this.backOff = new PollingBackOff(reconnect);
        this.pollingHttp = TelegramHttpClients.forPolling(settings.pollTimeoutSeconds(), settings.requestTimeout())
                .newBuilder().addInterceptor(new WatchingInterceptor(watch)).build();
        this.application = new TelegramBotsLongPollingApplication(
                TelegramJson::newObjectMapper, () -> pollingHttp, () -> executor, () -> backOff);
    }

    /**
     * Deletes any webhook (Telegram refuses {@code getUpdates} while one is set) and starts polling; nobody
     * watches the channel, and a failed poll is retried after a {@link ReconnectBackOff#standard()} pause.
     *
     * @throws TelegramApiException when the Bot API cannot be reached or refuses to delete the webhook
     */
    public static LongPollingIntake start(TelegramSettings settings, UpdateHandler handler,
                                          ScheduledExecutorService executor) throws TelegramApiException {
        return start(settings, handler, executor, ChannelWatch.none(), ReconnectBackOff.standard());
    }

    /**
     * Deletes any webhook and starts polling: every call's outcome goes to {@code watch}, and a failed poll is
     * retried after the pause {@code reconnect} gives, for as long as polling runs.
     *
     * @throws TelegramApiException when the Bot API cannot be reached or refuses to delete the webhook
     */
    public static LongPollingIntake start(TelegramSettings settings, UpdateHandler handler,
                                          ScheduledExecutorService executor, ChannelWatch watch, BackOff reconnect)
            throws TelegramApiException {
        LongPollingIntake intake = new LongPollingIntake(settings, handler, executor, watch, reconnect);
        int pollTimeout = settings.pollTimeoutSeconds();
        try {
            intake.application.registerBot(settings.botToken(), settings::telegramUrl,
                    lastReceived -> GetUpdates.builder()
                            .offset(lastReceived + 1)
                            .timeout(pollTimeout)
                            .limit(MAX_UPDATES_PER_POLL)
                            .build(),
                    intake);
        } catch (TelegramApiException | RuntimeException e) {
            intake.close();
            throw e;
        }
        intake.started = true;
        LOG.info(() -> "Telegram long polling started against " + settings.apiBaseUrl());
        return intake;
    }

    /** Called by the polling loop with each batch; not for other callers. */
    @Override
    public void consume(List<Update> updates) {
        handling.lock();
        try {
            for (Update update : updates) {
                if (closed) {
                    return;
                }
                UpdateDelivery.deliver(handler, update);
            }
        } finally {
            handling.unlock();
        }
    }

    public boolean isRunning() {
        return !closed && application.isRunning();
    }

    /** Stops polling: cancels the poll in flight and waits briefly for an update being handled. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        backOff.stop();
        try {
            application.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Stopping the Telegram polling session failed", e);
        }
        TelegramHttpClients.release(pollingHttp);
        awaitHandlerInFlight();
        if (started) {
            LOG.info("Telegram long polling stopped");
        }
    }

    private void awaitHandlerInFlight() {
        try {
            if (handling.tryLock(GRACE_FOR_HANDLER_IN_FLIGHT.toMillis(), TimeUnit.MILLISECONDS)) {
                handling.unlock();
            } else {
                LOG.warning("An update was still being handled when polling stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
