package vn.laichau.par.bot.intake;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.laichau.par.application.channel.ChannelWatch;
import vn.laichau.par.bot.telegram.TelegramMode;
import vn.laichau.par.bot.telegram.TelegramSettings;
import vn.laichau.par.bot.telegram.WebhookRegistration;

/**
 * How updates reach the bot, as the settings say, and the retries that keep the channel alive without a restart.
 * In long-polling mode: polling on the given executor, started again and again ({@code deleteWebhook}, then
 * {@code getUpdates}) while the Bot API cannot be reached at start, and retried after each failed poll once it
 * runs. In webhook mode: no polling (Telegram refuses {@code getUpdates} while a webhook is set, and a cluster
 * must not poll), but {@code setWebhook} with the configured URL and secret, tried again while Telegram cannot be
 * reached. The pauses between attempts come from a fresh {@link ReconnectBackOff} (1 s doubling to 5 minutes,
 * with jitter); every outcome goes to the channel's {@link ChannelWatch}. Whenever a secret is configured,
 * {@link #webhook()} checks and reads the updates Telegram posts.
 */
public final class UpdateIntakes implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(UpdateIntakes.class.getName());

    private final TelegramSettings settings;
    private final UpdateHandler handler;
    private final ScheduledExecutorService executor;
    private final ChannelWatch watch;
    private final Supplier<? extends BackOff> backOffs;
    private final Optional<WebhookIntake> webhook;
    private volatile LongPollingIntake polling;
    private volatile ScheduledFuture<?> attempt;
    private volatile boolean webhookRegistered;
    private volatile boolean closed;

    private UpdateIntakes(TelegramSettings settings, UpdateHandler handler, ScheduledExecutorService executor,
                          ChannelWatch watch, Supplier<? extends BackOff> backOffs, UpdateLedger ledger) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.watch = Objects.requireNonNull(watch, "watch");
        this.backOffs = Objects.requireNonNull(backOffs, "backOffs");
        this.webhook = settings.webhookSecret().isEmpty() ? Optional.empty()
                : Optional.of(new WebhookIntake(settings.webhookSecret(), handler, ledger));
    }

    /** As {@link #start(TelegramSettings, Optional, UpdateHandler, ScheduledExecutorService, ChannelWatch,
     *  Supplier)}, unwatched and with the standard pauses. */
    public static UpdateIntakes start(TelegramSettings settings, Optional<String> webhookUrl, UpdateHandler handler,
                                      ScheduledExecutorService executor) {
        return start(settings, webhookUrl, handler, executor, ChannelWatch.none(), ReconnectBackOff::standard);
    }

    /**
     * Starts receiving updates in the background and returns at once: polling in long-polling mode; in webhook
     * mode the registration of {@code webhookUrl} (nothing is registered without one). Nothing is thrown when
     * the Bot API cannot be reached: it is tried again after the pauses a back-off of {@code backOffs} gives,
     * forever, and each outcome is reported to {@code watch}.
     */
    public static UpdateIntakes start(TelegramSettings settings, Optional<String> webhookUrl, UpdateHandler handler,
                                      ScheduledExecutorService executor, ChannelWatch watch,
                                      Supplier<? extends BackOff> backOffs) {
        return start(settings, webhookUrl, handler, executor, watch, backOffs, UpdateLedger.NONE);
    }

    /**
     * As {@link #start(TelegramSettings, Optional, UpdateHandler, ScheduledExecutorService, ChannelWatch,
     * Supplier)}, with the ledger that keeps a webhook update from being handled twice (by this or another
     * instance).
     */
    public static UpdateIntakes start(TelegramSettings settings, Optional<String> webhookUrl, UpdateHandler handler,
                                      ScheduledExecutorService executor, ChannelWatch watch,
                                      Supplier<? extends BackOff> backOffs, UpdateLedger ledger) {
        UpdateIntakes intakes = new UpdateIntakes(settings, handler, executor, watch, backOffs, ledger);
        if (settings.mode() == TelegramMode.WEBHOOK) {
            Optional<String> url = webhookUrl.map(String::strip).filter(u -> !u.isEmpty());
            if (url.isEmpty()) {
                LOG.warning("Telegram webhook mode without par.telegram.webhook.url (PAR_TELEGRAM_WEBHOOK_URL): "
                        + "the webhook was not registered, and Telegram will not post updates");
            } else {
                BackOff backOff = backOffs.get();
                intakes.schedule(() -> intakes.register(url.get(), backOff), Duration.ZERO);
            }
            return intakes;
        }
        BackOff backOff = backOffs.get();
        intakes.schedule(() -> intakes.startPolling(backOff, 0), Duration.ZERO);
        return intakes;
    }

    private void startPolling(BackOff backOff, int failures) {
        if (closed) {
            return;
        }
        try {
            LongPollingIntake started = LongPollingIntake.start(settings, handler, executor, watch, backOffs.get());
            polling = started;
            if (closed) {
                started.close();
            } else if (failures > 0) {
                LOG.info(() -> "Telegram long polling started after " + failures + " failed attempts");
            }
        } catch (TelegramApiException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            watch.down("start of long polling: " + reason);
            Duration pause = Duration.ofMillis(backOff.nextBackOffMillis());
            LOG.warning(() -> "Telegram long polling could not start (" + reason + "); trying again in "
                    + pause.toMillis() + " ms, the rest of the system runs on");
            schedule(() -> startPolling(backOff, failures + 1), pause);
        }
    }

    private void register(String url, BackOff backOff) {
        if (closed) {
            return;
        }
        Optional<String> failure;
        try {
            failure = WebhookRegistration.register(settings, url);
        } catch (RuntimeException e) {
            failure = Optional.of("setWebhook: " + e);
        }
        if (failure.isEmpty()) {
            webhookRegistered = true;
            watch.up();
            return;
        }
        watch.down(failure.get());
        Duration pause = Duration.ofMillis(backOff.nextBackOffMillis());
        String reason = failure.get();
        LOG.warning(() -> "Telegram did not register the webhook (" + reason + "); trying again in "
                + pause.toMillis() + " ms");
        schedule(() -> register(url, backOff), pause);
    }

    private void schedule(Runnable work, Duration pause) {
        if (!closed) {
            attempt = executor.schedule(work, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The intake of the webhook endpoint when a secret is configured, else empty. */
    public Optional<WebhookIntake> webhook() {
        return webhook;
    }

    public boolean isPolling() {
        LongPollingIntake running = polling;
        return running != null && running.isRunning();
    }

    /** Whether Telegram accepted the webhook (webhook mode). */
    public boolean isWebhookRegistered() {
        return webhookRegistered;
    }

    /** Stops polling and any pending attempt; a registered webhook stays for the other instances. */
    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> pending = attempt;
        if (pending != null) {
            pending.cancel(false);
        }
        LongPollingIntake running = polling;
        polling = null;
        if (running != null) {
            running.close();
        }
    }
}
