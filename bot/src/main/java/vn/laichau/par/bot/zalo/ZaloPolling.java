package vn.laichau.par.bot.zalo;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import vn.laichau.par.application.channel.ChannelWatch;

/**
 * Receives Zalo events by polling: first {@code deleteWebhook} (polling and a webhook exclude each other), then
 * {@code getUpdates} again and again, one event per call, each handed to the handler once ({@link EventLedger}).
 * Whenever the API cannot be reached, answers an error or times out, the same step is tried again after the
 * back-off's pause, forever; every outcome goes to the channel's watch. Each step is a task of its own on the
 * executor, which this class never shuts down.
 */
public final class ZaloPolling implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ZaloPolling.class.getName());

    private final ZaloBotApi api;
    private final Consumer<ZaloEvent> handler;
    private final EventLedger ledger;
    private final ScheduledExecutorService executor;
    private final ChannelWatch watch;
    private final BackOff backOff;
    private volatile ScheduledFuture<?> next;
    private volatile boolean polling;
    private volatile boolean closed;

    private ZaloPolling(ZaloBotApi api, Consumer<ZaloEvent> handler, EventLedger ledger,
                        ScheduledExecutorService executor, ChannelWatch watch, BackOff backOff) {
        this.api = Objects.requireNonNull(api, "api");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.watch = Objects.requireNonNull(watch, "watch");
        this.backOff = Objects.requireNonNull(backOff, "backOff");
    }

    /** Starts in the background and returns at once. */
    public static ZaloPolling start(ZaloBotApi api, Consumer<ZaloEvent> handler, EventLedger ledger,
                                    ScheduledExecutorService executor, ChannelWatch watch,
                                    Supplier<? extends BackOff> backOffs) {
        ZaloPolling intake = new ZaloPolling(api, handler, ledger, executor, watch, backOffs.get());
        intake.schedule(intake::deleteWebhook, Duration.ZERO);
        return intake;
    }

    private void deleteWebhook() {
        ZaloAnswer answer = api.deleteWebhook();
        if (!answer.ok()) {
            retry(this::deleteWebhook, answer.description());
            return;
        }
        succeeded();
        polling = true;
        LOG.info("Zalo polling started");
        schedule(this::poll, Duration.ZERO);
    }

    private void poll() {
        ZaloBotApi.PollResult result = api.getUpdates();
        if (result.failed()) {
            retry(this::poll, result.answer().description());
            return;
        }
        succeeded();
        result.event().ifPresent(this::deliver);
        schedule(this::poll, Duration.ZERO);
    }

    private void deliver(ZaloEvent event) {
        try {
            if (ledger.firstTime(event.key())) {
                handler.accept(event);
            }
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.log(Level.SEVERE, e, () -> "Handling Zalo event " + event.key() + " failed; moving on");
        }
    }

    private void succeeded() {
        backOff.reset();
        watch.up();
    }

    private void retry(Runnable step, String reason) {
        watch.down(reason);
        Duration pause = Duration.ofMillis(backOff.nextBackOffMillis());
        LOG.warning(() -> "The Zalo Bot API failed (" + reason + "); trying again in " + pause.toMillis() + " ms");
        schedule(step, pause);
    }

    /**
     * Runs {@code step} after {@code pause}. Whatever the step throws, polling goes on after the back-off's pause:
     * nothing may end the chain of steps but {@link #close()}.
     */
    private void schedule(Runnable step, Duration pause) {
        if (!closed) {
            next = executor.schedule(() -> {
                if (closed) {
                    return;
                }
                try {
                    step.run();
                } catch (RuntimeException | LinkageError | AssertionError e) {
                    Duration again = Duration.ofMillis(backOff.nextBackOffMillis());
                    LOG.log(Level.SEVERE, e, () -> "A step of Zalo polling failed unexpectedly; trying again in "
                            + again.toMillis() + " ms");
                    try {
                        watch.down(e.toString());
                    } catch (RuntimeException reporting) {
                        LOG.log(Level.WARNING, "Reporting the Zalo channel down failed", reporting);
                    }
                    schedule(step, again);
                }
            }, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether {@code deleteWebhook} succeeded and polls are running. */
    public boolean isPolling() {
        return polling && !closed;
    }

    /** Stops after the poll in flight (at most one poll time-out). */
    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
