package vn.laichau.par.bot.zalo;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the Zalo settings from MicroProfile Config, in the shape of Telegram's, and holds the one client of the
 * Zalo Bot API that the bot and the alerts share.
 *
 * <ul>
 *   <li>{@code par.zalo.bot.token} (env {@code PAR_ZALO_BOT_TOKEN}), {@code <bot_id>:<secret>}: absent or blank, no
 *       Zalo (said once at start);</li>
 *   <li>{@code par.zalo.api.url} (env {@code PAR_ZALO_API_URL}), default {@code https://bot-api.zaloplatforms.com};</li>
 *   <li>{@code par.zalo.mode}: {@code LONG_POLLING} (default) or {@code WEBHOOK};</li>
 *   <li>{@code par.zalo.webhook.url} and {@code par.zalo.webhook.secret}: required in webhook mode;</li>
 *   <li>{@code par.zalo.poll.timeout.seconds} (default 30) and {@code par.zalo.request.timeout.seconds}
 *       (default 15).</li>
 * </ul>
 * The runnable checks these before the application starts and stops with one line when they are wrong.
 */
@ApplicationScoped
public class ZaloBotConfiguration {

    private static final Logger LOG = Logger.getLogger(ZaloBotConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "par.zalo.bot.token")
    Optional<String> botToken;

    @Inject
    @ConfigProperty(name = "par.zalo.api.url", defaultValue = "https://bot-api.zaloplatforms.com")
    String apiUrl;

    @Inject
    @ConfigProperty(name = "par.zalo.mode", defaultValue = "LONG_POLLING")
    String mode;

    @Inject
    @ConfigProperty(name = "par.zalo.webhook.url")
    Optional<String> webhookUrl;

    @Inject
    @ConfigProperty(name = "par.zalo.webhook.secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "par.zalo.poll.timeout.seconds", defaultValue = "30")
    int pollTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "par.zalo.request.timeout.seconds", defaultValue = "15")
    int requestTimeoutSeconds;

    private Optional<ZaloSettings> settings;
    private Optional<ZaloBotApi> api;

    @PostConstruct
    void readSettings() {
        settings = botToken.filter(token -> !token.isBlank()).map(token -> new ZaloSettings(token.strip(),
                URI.create(apiUrl.strip()), ZaloMode.valueOf(mode.strip().toUpperCase(Locale.ROOT)),
                webhookSecret.orElse("").strip(), pollTimeoutSeconds, Duration.ofSeconds(requestTimeoutSeconds)));
        api = settings.map(ZaloBotApi::new);
        if (settings.isEmpty()) {
            LOG.info("No Zalo bot token configured (par.zalo.bot.token / PAR_ZALO_BOT_TOKEN): no Zalo bot and no "
                    + "Zalo alerts");
        } else {
            LOG.info(() -> "Zalo bot configured: " + settings.get());
        }
    }

    /** The settings, or empty when there is no Zalo. */
    public Optional<ZaloSettings> settings() {
        return settings;
    }

    /** The client of the Zalo Bot API, or empty when there is no Zalo. */
    public Optional<ZaloBotApi> api() {
        return api;
    }

    /** The public HTTPS URL of the webhook endpoint, for webhook mode. */
    public Optional<String> webhookUrl() {
        return webhookUrl.map(String::strip).filter(url -> !url.isEmpty());
    }
}
