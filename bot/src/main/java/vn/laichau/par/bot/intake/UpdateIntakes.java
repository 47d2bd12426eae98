package vn.laichau.par.bot.intake;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.laichau.par.bot.telegram.TelegramMode;
import vn.laichau.par.bot.telegram.TelegramSettings;
import vn.laichau.par.bot.telegram.WebhookRegistration;

/**
 * How updates reach the bot, as the settings say. In long-polling mode: polling on the given executor. In
 * webhook mode: no polling (Telegram refuses {@code getUpdates} while a webhook is set, and a cluster must not
 * poll), but {@code setWebhook} with the configured URL and secret, tried again later while Telegram cannot be
 * reached. Whenever a secret is configured, {@link #webhook()} checks and reads the updates Telegram posts.
 */
public final class UpdateIntakes implements AutoCloseable {

    /** The pauses between failed {@code setWebhook} attempts; the last one repeats. */
    public static final List<Duration> WEBHOOK_RETRY_DELAYS =
            List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));

    private static final Logger LOG = Logger.getLogger(UpdateIntakes.class.getName());

    private final TelegramSettings settings;
    private final ScheduledExecutorService executor;
    private final List<Duration> retryDelays;
    private final Optional<WebhookIntake> webhook;
    private volatile LongPollingIntake polling;
    private volatile ScheduledFuture<?> registration;
    private volatile boolean webhookRegistered;
    private volatile boolean closed;

    private UpdateIntakes(TelegramSettings settings, UpdateHandler handler, ScheduledExecutorService executor,
                          List<Duration> retryDelays, UpdateLedger ledger) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        if (retryDelays.isEmpty()) {
            throw new IllegalArgumentException("At least one retry delay is needed");
        }
        this.retryDelays = List.copyOf(retryDelays);
        this.webhook = settings.webhookSecret().isEmpty() ? Optional.empty()
                : Optional.of(new WebhookIntake(settings.webhookSecret(), handler, ledger));
    }

    /**
     * Starts receiving updates: polling in long-polling mode; in webhook mode the registration of
     * {@code webhookUrl} (nothing is registered without one).
     *
     * @throws TelegramApiException when long polling cannot start (the Bot API cannot be reached)
     */
    public static UpdateIntakes start(TelegramSettings settings, Optional<String> webhookUrl, UpdateHandler handler,
                                      ScheduledExecutorService executor) throws TelegramApiException {
        return start(settings, webhookUrl, handler, executor, WEBHOOK_RETRY_DELAYS);
    }

    /** As {@link #start(TelegramSettings, Optional, UpdateHandler, ScheduledExecutorService)}, with other pauses. */
    public static UpdateIntakes start(TelegramSettings settings, Optional<String> webhookUrl, UpdateHandler handler,
                                      ScheduledExecutorService executor, List<Duration> retryDelays)
            throws TelegramApiException {
        return start(settings, webhookUrl, handler, executor, retryDelays, UpdateLedger.NONE);
    }

    /**
     * As {@link #start(TelegramSettings, Optional, UpdateHandler, ScheduledExecutorService, List)}, with the ledger
     * that keeps a webhook update from being handled twice (by this or another instance).
     */
    public static UpdateIntakes start(TelegramSettings settings, Optional<String> webhookUrl, UpdateHandler handler,
                                      ScheduledExecutorService executor, List<Duration> retryDelays,
                                      UpdateLedger ledger) throws TelegramApiException {
        UpdateIntakes intakes = new UpdateIntakes(settings, handler, executor, retryDelays, ledger);
        if (settings.mode() == TelegramMode.WEBHOOK) {
            Optional<String> url = webhookUrl.map(String::strip).filter(u -> !u.isEmpty());
            if (url.isEmpty()) {
                LOG.warning("Telegram webhook mode without par.telegram.webhook.url (PAR_TELEGRAM_WEBHOOK_URL): "
                        + "the webhook was not registered, and Telegram will not post updates");
            } else {
                intakes.registration = executor.schedule(() -> intakes.register(url.get(), 0), 0,
                        TimeUnit.MILLISECONDS);
            }
            return intakes;
        }
        intakes.polling = LongPollingIntake.start(settings, handler, executor);
        return intakes;
    }

    private void register(String url, int failures) {
        if (closed) {
            return;
        }
        boolean accepted;
        try {
            accepted = WebhookRegistration.register(settings, url);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Registering the Telegram webhook failed", e);
            accepted = false;
        }
        if (accepted) {
            webhookRegistered = true;
            return;
        }
        Duration pause = retryDelays.get(Math.min(failures, retryDelays.size() - 1));
        LOG.warning(() -> "Telegram did not register the webhook; trying again in " + pause.toSeconds() + " s");
        if (!closed) {
            registration = executor.schedule(() -> register(url, failures + 1), pause.toMillis(),
                    TimeUnit.MILLISECONDS);
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

    /** Stops polling and any pending registration attempt; a registered webhook stays for the other instances. */
    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> pending = registration;
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
