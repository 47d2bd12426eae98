package vn.laichau.par.bot.telegram;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** The OkHttp clients the Bot API calls go through, and their orderly release. */
public final class TelegramHttpClients {

    private TelegramHttpClients() {
    }

    /** For sends: every phase of a call bounded by the request time-out; no retries. */
    public static OkHttpClient forRequests(Duration requestTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(requestTimeout)
                .writeTimeout(requestTimeout)
                .readTimeout(requestTimeout)
                .retryOnConnectionFailure(false)
                .build();
    }

    /** For {@code getUpdates}: reads may last the whole long poll plus the usual request time-out. */
    public static OkHttpClient forPolling(int pollTimeoutSeconds, Duration requestTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(requestTimeout)
                .writeTimeout(requestTimeout)
                .readTimeout(requestTimeout.plusSeconds(pollTimeoutSeconds))
                .build();
    }

    /** Cancels calls in flight and lets the client's threads and connections go. */
    public static void release(OkHttpClient client) {
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
