package vn.laichau.par.bot;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;
import vn.laichau.par.application.channel.ChannelBoard;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.bot.intake.ReconnectBackOff;
import vn.laichau.par.bot.zalo.EventLedger;
import vn.laichau.par.bot.zalo.ZaloBotApi;
import vn.laichau.par.bot.zalo.ZaloBotConfiguration;
import vn.laichau.par.bot.zalo.ZaloConversation;
import vn.laichau.par.bot.zalo.ZaloMode;
import vn.laichau.par.bot.zalo.ZaloPolling;
import vn.laichau.par.bot.zalo.ZaloSettings;
import vn.laichau.par.bot.zalo.ZaloWebhookIntake;
import vn.laichau.par.bot.zalo.ZaloWebhookRegistration;
import vn.laichau.par.persistence.messenger.HandledEventRepository;
import vn.laichau.par.persistence.migration.SchemaReady;

/**
 * Starts the Zalo bot beside Telegram's once the schema is ready: polling on a thread of its own from the
 * container's managed thread factory, or in webhook mode the webhook's registration; either is tried again with the same back-off as
 * Telegram's for as long as the Zalo Bot API cannot be reached, and its state shows on the {@link ChannelBoard}
 * (and in {@code /health}) as the channel {@value #CHANNEL}. Events go to the same conversation core as
 * Telegram's updates, each handled once however often it is delivered (table {@code handled_messenger_event}).
 * Without a token there is no Zalo.
 */
@ApplicationScoped
public class ZaloBotRuntime {

    /** The Zalo channel's name on the {@link ChannelBoard} and in {@code /health}. */
    public static final String CHANNEL = "zalo";

    /** The header in which Zalo repeats the webhook's secret. */
    public static final String WEBHOOK_SECRET_HEADER = ZaloSettings.SECRET_HEADER;

    private static final Logger LOG = Logger.getLogger(ZaloBotRuntime.class.getName());
    private static final String MESSENGER = "ZALO";

    @Inject
    ZaloBotConfiguration configuration;

    @Inject
    ConversationCore core;

    @Inject
    ChannelBoard channels;

    @Inject
    UnitOfWork transactions;

    @Inject
    HandledEventRepository handledEvents;

    @Inject
    Clock clock;

    /**
     * Zalo polls on a thread of its own, made by the container's thread factory: the container's shared scheduled
     * executor may have a single thread, which Telegram's long polling keeps while it runs.
     */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private volatile ScheduledExecutorService executor;

    private volatile ZaloPolling polling;
    private volatile ZaloWebhookRegistration registration;
    private volatile ZaloWebhookIntake webhook;

    void onSchemaReady(@Observes SchemaReady ready) {
        Optional<ZaloSettings> settings = configuration.settings();
        if (settings.isEmpty()) {
            return;
        }
        ZaloBotApi api = configuration.api().orElseThrow();
        executor = Executors.newSingleThreadScheduledExecutor(threads);
        ZaloConversation conversation = new ZaloConversation(api, core.handler(), transactions, core.zaloLinks(),
                core.telegram());
        EventLedger ledger = key -> transactions.inTransaction(() -> handledEvents.claim(MESSENGER, key,
                clock.instant()));
        if (!settings.get().webhookSecret().isEmpty()) {
            webhook = new ZaloWebhookIntake(settings.get().webhookSecret(), conversation, ledger);
        }
        if (settings.get().mode() == ZaloMode.WEBHOOK) {
            Optional<String> url = configuration.webhookUrl();
            if (url.isEmpty()) {
                LOG.warning("Zalo webhook mode without par.zalo.webhook.url (PAR_ZALO_WEBHOOK_URL): the webhook is "
                        + "not registered");
                channels.watch(CHANNEL).down("no webhook URL configured");
                return;
            }
            registration = ZaloWebhookRegistration.start(api, url.get(), executor, channels.watch(CHANNEL),
                    ReconnectBackOff.standard());
            return;
        }
        polling = ZaloPolling.start(api, conversation, ledger, executor, channels.watch(CHANNEL),
                ReconnectBackOff::standard);
    }

    /**
     * Hands one event Zalo posted to the webhook endpoint to the bot: the raw body and the value of the
     * {@link #WEBHOOK_SECRET_HEADER} header. Empty when no webhook secret is configured (or there is no Zalo).
     */
    public Optional<vn.laichau.par.bot.WebhookResult> receiveWebhook(InputStream body, String secretHeader) {
        ZaloWebhookIntake intake = webhook;
        return intake == null ? Optional.empty() : Optional.of(intake.receive(body, secretHeader));
    }

    public boolean isPolling() {
        ZaloPolling running = polling;
        return running != null && running.isPolling();
    }

    @PreDestroy
    void stop() {
        ZaloPolling running = polling;
        polling = null;
        if (running != null) {
            running.close();
        }
        ZaloWebhookRegistration registered = registration;
        registration = null;
        if (registered != null) {
            registered.close();
        }
        ScheduledExecutorService ownThread = executor;
        executor = null;
        if (ownThread != null) {
            ownThread.shutdownNow();
        }
    }
}
