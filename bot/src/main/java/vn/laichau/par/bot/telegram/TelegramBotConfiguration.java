package vn.laichau.par.bot.telegram;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.bot.gateway.TelegramGateway;

/**
 * Reads the Telegram settings from MicroProfile Config and produces the {@link TelegramGateway}.
 *
 * <ul>
 *   <li>{@code par.telegram.bot.token} (env {@code PAR_TELEGRAM_BOT_TOKEN}): absent or blank disables the bot;</li>
 *   <li>{@code par.telegram.api.url} (env {@code PAR_TELEGRAM_API_URL}), default {@code https://api.telegram.org};</li>
 *   <li>{@code par.telegram.mode}: {@code LONG_POLLING} (default) or {@code WEBHOOK};</li>
 *   <li>{@code par.telegram.webhook.secret}: required in webhook mode;</li>
 *   <li>{@code par.telegram.poll.timeout.seconds} (default 20) and {@code par.telegram.request.timeout.seconds}
 *       (default 15).</li>
 * </ul>
 */
@ApplicationScoped
public class TelegramBotConfiguration {

    private static final Logger LOG = Logger.getLogger(TelegramBotConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "par.telegram.bot.token")
    Optional<String> botToken;

    @Inject
    @ConfigProperty(name = "par.telegram.api.url", defaultValue = "https://api.telegram.org")
    String apiUrl;

    @Inject
    @ConfigProperty(name = "par.telegram.mode", defaultValue = "LONG_POLLING")
    String mode;

    @Inject
    @ConfigProperty(name = "par.telegram.webhook.secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "par.telegram.poll.timeout.seconds", defaultValue = "20")
    int pollTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "par.telegram.request.timeout.seconds", defaultValue = "15")
    int requestTimeoutSeconds;

    private Optional<TelegramSettings> settings;

    @PostConstruct
    void readSettings() {
        settings = botToken.filter(token -> !token.isBlank()).map(token -> new TelegramSettings(
                token.strip(),
                URI.create(apiUrl.strip()),
                TelegramMode.valueOf(mode.strip().toUpperCase(Locale.ROOT)),
                webhookSecret.orElse(""),
                pollTimeoutSeconds,
                Duration.ofSeconds(requestTimeoutSeconds)));
        if (settings.isEmpty()) {
            LOG.info("No Telegram bot token configured (par.telegram.bot.token / PAR_TELEGRAM_BOT_TOKEN): "
                    + "the Telegram bot is disabled");
        } else {
            LOG.info(() -> "Telegram bot configured: " + settings.get());
        }
    }

    /** The settings, or empty when the bot is disabled. */
    public Optional<TelegramSettings> settings() {
        return settings;
    }

    @Produces
    @ApplicationScoped
    TelegramGateway telegramGateway() {
        return settings.<TelegramGateway>map(BotApiTelegramGateway::new).orElseGet(DisabledTelegramGateway::new);
    }

    void closeTelegramGateway(@Disposes TelegramGateway gateway) {
        if (gateway instanceof BotApiTelegramGateway botApi) {
            botApi.close();
        }
    }
}
