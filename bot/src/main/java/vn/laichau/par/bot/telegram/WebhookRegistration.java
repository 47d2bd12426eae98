package vn.laichau.par.bot.telegram;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** Tells Telegram where to post updates ({@code setWebhook}) and which secret to echo in the header. */
public final class WebhookRegistration {

    private static final Logger LOG = Logger.getLogger(WebhookRegistration.class.getName());

    /**
     * Deliveries Telegram makes at once: each holds a request thread until its reply is sent (at most the request
     * time-out), so Telegram may take 2 of the server's 8 and never all of them.
     */
    static final int MAX_CONNECTIONS = 2;

    private WebhookRegistration() {
    }

    /** Registers {@code url}; returns empty when Telegram accepted it, else why not (a failure is not thrown). */
    public static Optional<String> register(TelegramSettings settings, String url) {
        OkHttpClient http = TelegramHttpClients.forRequests(settings.requestTimeout());
        try {
            var client = new OkHttpTelegramClient(http, settings.botToken(), settings.telegramUrl());
            boolean accepted = Boolean.TRUE.equals(client.execute(SetWebhook.builder()
                    .url(url)
                    .secretToken(settings.webhookSecret())
                    .allowedUpdates(List.of("message", "callback_query"))
                    .maxConnections(MAX_CONNECTIONS)
                    .build()));
            LOG.info(() -> "Telegram webhook " + (accepted ? "registered at " : "refused for ") + url);
            return accepted ? Optional.empty() : Optional.of("setWebhook: Telegram answered false");
        } catch (TelegramApiException | RuntimeException e) {
            LOG.log(Level.FINE, "Registering the Telegram webhook at " + url + " failed", e);
            return Optional.of("setWebhook: " + TelegramFailures.describe(e));
        } finally {
            TelegramHttpClients.release(http);
        }
    }
}
