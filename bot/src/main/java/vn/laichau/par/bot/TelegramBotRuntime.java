package vn.laichau.par.bot;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.bot.command.BotUpdateHandler;
import vn.laichau.par.bot.intake.ReconnectBackOff;
import vn.laichau.par.bot.intake.RecoveryWatch;
import vn.laichau.par.bot.intake.UpdateIntakes;
import vn.laichau.par.application.channel.ChannelBoard;
import vn.laichau.par.bot.intake.WebhookIntake;
import vn.laichau.par.bot.gateway.TelegramGateway;
import vn.laichau.par.bot.telegram.TelegramBotConfiguration;
import vn.laichau.par.bot.telegram.TelegramSettings;
import vn.laichau.par.persistence.migration.SchemaReady;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.persistence.telegram.TelegramUpdateRepository;

/**
 * Starts the bot once the schema is ready ({@link UpdateIntakes}): long polling on the container's managed
 * scheduled executor, or in webhook mode registers the webhook with Telegram and polls nothing; either is tried
 * again with back-off for as long as the Bot API cannot be reached, and its state shows on the {@link ChannelBoard}
 * as the channel {@value #CHANNEL}. Whenever a
 * webhook secret is configured, {@link #receiveWebhook} serves the HTTP endpoint (in long-polling mode Telegram simply
 * never calls it). Without a token the bot stays off. Polling stops when the application stops.
 *
 * <p>{@code par.telegram.bot.username} (the bot's user name, for commands addressed as {@code /viec@bot} in
 * groups) and {@code par.telegram.webhook.url} (the public HTTPS URL of {@code /api/v1/telegram/webhook}) are
 * read here. Every change the bot makes goes through the application's use cases, which join the update's
 * transaction ({@link UnitOfWork}): the API's rules, evidence store and audit trail.
 */
@ApplicationScoped
public class TelegramBotRuntime {

    /** The header in which Telegram repeats the webhook's secret. */
    public static final String WEBHOOK_SECRET_HEADER = WebhookIntake.SECRET_HEADER;

    /** The Telegram channel's name on the {@link ChannelBoard} and in {@code /health}. */
    public static final String CHANNEL = "telegram";

    @Inject
    TelegramBotConfiguration configuration;

    @Inject
    ChannelBoard channels;

    @Inject
    TelegramGateway gateway;

    @Inject
    UnitOfWork transactions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "par.telegram.webhook.url")
    Optional<String> webhookUrl;

    @Inject
    ConversationCore core;

    @Inject
    TelegramUpdateRepository receivedUpdates;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    private volatile UpdateIntakes intakes;

    void onSchemaReady(@Observes SchemaReady ready) {
        Optional<TelegramSettings> settings = configuration.settings();
        if (settings.isEmpty()) {
            return;
        }
        BotUpdateHandler handler = core.handler();
        intakes = UpdateIntakes.start(settings.get(), webhookUrl, handler, executor,
                new RecoveryWatch(channels.watch(CHANNEL), gateway::reconnected), ReconnectBackOff::standard,
                updateId -> transactions.inTransaction(
                        () -> receivedUpdates.recordFirstDelivery(updateId, clock.instant())));
    }

    /**
     * Hands one update Telegram posted to the webhook endpoint to the bot: the raw body and the value of the
     * {@link #WEBHOOK_SECRET_HEADER} header. Empty when no webhook secret is configured (or the bot is off).
     */
    public Optional<WebhookResult> receiveWebhook(InputStream body, String secretHeader) {
        UpdateIntakes running = intakes;
        Optional<WebhookIntake> webhook = running == null ? Optional.empty() : running.webhook();
        return webhook.map(intake -> intake.receive(body, secretHeader));
    }

    public boolean isPolling() {
        UpdateIntakes running = intakes;
        return running != null && running.isPolling();
    }

    @PreDestroy
    void stop() {
        UpdateIntakes running = intakes;
        intakes = null;
        if (running != null) {
            running.close();
        }
    }
}
