package vn.laichau.par.bot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Everything needed to talk to the Bot API.
 *
 * @param botToken           the token BotFather issued
 * @param apiBaseUrl         scheme, host and port of the Bot API, e.g. {@code https://api.telegram.org} or a
 *                           local server such as {@code http://127.0.0.1:8081}; no path
 * @param mode               long polling or webhook
 * @param webhookSecret      the secret Telegram echoes in {@code X-Telegram-Bot-Api-Secret-Token}; required in
 *                           webhook mode, empty otherwise allowed
 * @param pollTimeoutSeconds how long one {@code getUpdates} call may wait for updates (0-50)
 * @param requestTimeout     how long one send may take to connect, write or read before it counts as failed
 */
public record TelegramSettings(String botToken, URI apiBaseUrl, TelegramMode mode, String webhookSecret,
                               int pollTimeoutSeconds, Duration requestTimeout) {

    public static final URI DEFAULT_API_BASE_URL = URI.create("https://api.telegram.org");
    public static final int DEFAULT_POLL_TIMEOUT_SECONDS = 20;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{32,256}");
    private static final int MAX_POLL_TIMEOUT_SECONDS = 50;

    public TelegramSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        webhookSecret = webhookSecret == null ? "" : webhookSecret;
        if (botToken.isBlank() || botToken.chars().anyMatch(c -> c == '/' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("The bot token is blank or contains '/' or spaces");
        }
        String scheme = apiBaseUrl.getScheme() == null ? "" : apiBaseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || apiBaseUrl.getHost() == null) {
            throw new IllegalArgumentException("The Bot API base URL needs http(s) and a host: " + apiBaseUrl);
        }
        String path = apiBaseUrl.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException("The Bot API base URL cannot have a path: " + apiBaseUrl);
        }
        if (mode == TelegramMode.WEBHOOK && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException(
                    "Webhook mode needs a secret of 32-256 characters from A-Z, a-z, 0-9, '_' and '-'");
        }
        if (!webhookSecret.isEmpty() && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException("The webhook secret needs 32-256 characters from A-Z, a-z, 0-9, '_' and '-'");
        }
        if (pollTimeoutSeconds < 0 || pollTimeoutSeconds > MAX_POLL_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException(
                    "The poll timeout must be 0-" + MAX_POLL_TIMEOUT_SECONDS + " s, was " + pollTimeoutSeconds);
        }
        if (requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new IllegalArgumentException("The request timeout must be positive: " + requestTimeout);
        }
    }

    /** Long polling with the default poll and request time-outs. */
    public static TelegramSettings longPolling(String botToken, URI apiBaseUrl) {
        return new TelegramSettings(botToken, apiBaseUrl, TelegramMode.LONG_POLLING, "",
                DEFAULT_POLL_TIMEOUT_SECONDS, DEFAULT_REQUEST_TIMEOUT);
    }

    public TelegramSettings withPollTimeoutSeconds(int seconds) {
        return new TelegramSettings(botToken, apiBaseUrl, mode, webhookSecret, seconds, requestTimeout);
    }

    public TelegramSettings withRequestTimeout(Duration timeout) {
        return new TelegramSettings(botToken, apiBaseUrl, mode, webhookSecret, pollTimeoutSeconds, timeout);
    }

    public TelegramSettings withWebhook(String secret) {
        return new TelegramSettings(botToken, apiBaseUrl, TelegramMode.WEBHOOK, secret, pollTimeoutSeconds,
                requestTimeout);
    }

    /** The base URL in the library's terms. */
    public TelegramUrl telegramUrl() {
        HttpUrl url = baseHttpUrl();
        return new TelegramUrl(url.scheme(), url.host(), url.port(), false);
    }

    /** Where the Bot API serves a file that {@code getFile} returned {@code filePath} for. */
    public HttpUrl fileUrl(String filePath) {
        return baseHttpUrl().newBuilder()
                .addPathSegment("file")
                .addPathSegment("bot" + botToken)
                .addPathSegments(filePath)
                .build();
    }

    private HttpUrl baseHttpUrl() {
        return Objects.requireNonNull(HttpUrl.get(apiBaseUrl), "apiBaseUrl");
    }

    /** Never prints the token or the secret. */
    @Override
    public String toString() {
        return "TelegramSettings[apiBaseUrl=" + apiBaseUrl + ", mode=" + mode
                + ", webhookSecret=" + (webhookSecret.isEmpty() ? "none" : "***")
                + ", pollTimeoutSeconds=" + pollTimeoutSeconds + ", requestTimeout=" + requestTimeout
                + ", botToken=***]";
    }
}
