package vn.laichau.par.bot.zalo;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import vn.laichau.par.application.channel.ChannelWatch;

/**
 * In webhook mode, registers the webhook with Zalo ({@code setWebhook} with the URL and the secret) and tries
 * again after the back-off's pause for as long as the API cannot be reached or refuses; every outcome goes to the
 * channel's watch.
 */
public final class ZaloWebhookRegistration implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ZaloWebhookRegistration.class.getName());

    private final ZaloBotApi api;
    private final String url;
    private final ScheduledExecutorService executor;
    private final ChannelWatch watch;
    private final BackOff backOff;
    private volatile ScheduledFuture<?> next;
    private volatile boolean registered;
    private volatile boolean closed;

    private ZaloWebhookRegistration(ZaloBotApi api, String url, ScheduledExecutorService executor, ChannelWatch watch,
                                    BackOff backOff) {
        this.api = Objects.requireNonNull(api, "api");
        this.url = Objects.requireNonNull(url, "url");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.watch = Objects.requireNonNull(watch, "watch");
        this.backOff = Objects.requireNonNull(backOff, "backOff");
    }

    public static ZaloWebhookRegistration start(ZaloBotApi api, String url, ScheduledExecutorService executor,
                                                ChannelWatch watch, BackOff backOff) {
        ZaloWebhookRegistration registration = new ZaloWebhookRegistration(api, url, executor, watch, backOff);
        registration.schedule(Duration.ZERO);
        return registration;
    }

    private void register() {
        ZaloAnswer answer = api.setWebhook(url);
        if (answer.ok()) {
            registered = true;
            backOff.reset();
            watch.up();
            LOG.info(() -> "Zalo webhook registered: " + url);
            return;
        }
        watch.down(answer.description());
        Duration pause = Duration.ofMillis(backOff.nextBackOffMillis());
        LOG.warning(() -> "Registering the Zalo webhook failed (" + answer.description() + "); trying again in "
                + pause.toMillis() + " ms");
        schedule(pause);
    }

    private void schedule(Duration pause) {
        if (!closed) {
            next = executor.schedule(() -> {
                if (!closed) {
                    register();
                }
            }, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public boolean isRegistered() {
        return registered;
    }

    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }
}
