package vn.laichau.par.bot.zalo;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything needed to talk to the Zalo Bot API.
 *
 * @param botToken           {@code <bot_id>:<secret>}
 * @param apiBaseUrl         scheme, host and port, e.g. {@code https://bot-api.zaloplatforms.com} or a local fake
 * @param mode               long polling or webhook
 * @param webhookSecret      the secret Zalo sends back in {@value #SECRET_HEADER} (32–256 characters); required in
 *                           webhook mode
 * @param pollTimeoutSeconds how long one {@code getUpdates} call may wait for an event
 * @param requestTimeout     how long one other call may take
 */
public record ZaloSettings(String botToken, URI apiBaseUrl, ZaloMode mode, String webhookSecret,
                           int pollTimeoutSeconds, Duration requestTimeout) {

    public static final URI DEFAULT_API_BASE_URL = URI.create("https://bot-api.zaloplatforms.com");
    public static final String SECRET_HEADER = "X-Bot-Api-Secret-Token";

    private static final Pattern TOKEN = Pattern.compile("[^:/\\s]+:[^/\\s]+");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{32,256}");

    public ZaloSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        webhookSecret = webhookSecret == null ? "" : webhookSecret;
        if (!TOKEN.matcher(botToken).matches()) {
            throw new IllegalArgumentException("The Zalo bot token must read <bot_id>:<secret>, without '/' or spaces");
        }
        String scheme = apiBaseUrl.getScheme() == null ? "" : apiBaseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || apiBaseUrl.getHost() == null) {
            throw new IllegalArgumentException("The Zalo Bot API base URL needs http(s) and a host: " + apiBaseUrl);
        }
        if ((mode == ZaloMode.WEBHOOK || !webhookSecret.isEmpty()) && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException(
                    "The Zalo webhook secret needs 32-256 characters from A-Z, a-z, 0-9, '_' and '-'");
        }
        if (pollTimeoutSeconds < 1 || pollTimeoutSeconds > 60) {
            throw new IllegalArgumentException("The Zalo poll timeout must be 1-60 s, was " + pollTimeoutSeconds);
        }
        if (requestTimeout.isZero() || requestTimeout.isNegative()) {
            throw new IllegalArgumentException("The request timeout must be positive: " + requestTimeout);
        }
    }

    /** Long polling with 30-second polls and 15-second requests. */
    public static ZaloSettings longPolling(String botToken, URI apiBaseUrl) {
        return new ZaloSettings(botToken, apiBaseUrl, ZaloMode.LONG_POLLING, "", 30, Duration.ofSeconds(15));
    }

    public ZaloSettings withPollTimeoutSeconds(int seconds) {
        return new ZaloSettings(botToken, apiBaseUrl, mode, webhookSecret, seconds, requestTimeout);
    }

    /** The URL of one method: {@code <base>/bot<token>/<method>}. */
    URI methodUrl(String method) {
        String base = apiBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/bot" + botToken + "/" + method);
    }

    /** Never prints the token or the secret. */
    @Override
    public String toString() {
        return "ZaloSettings[apiBaseUrl=" + apiBaseUrl + ", mode=" + mode + ", webhookSecret="
                + (webhookSecret.isEmpty() ? "none" : "***") + ", pollTimeoutSeconds=" + pollTimeoutSeconds
                + ", requestTimeout=" + requestTimeout + ", botToken=***]";
    }
}
