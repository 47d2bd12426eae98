package vn.laichau.par.bot.intake;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;
import vn.laichau.par.application.channel.ChannelWatch;

/**
 * Reports the outcome of every call of the polling client to the channel's watch: an answer with a 2xx status
 * means the API is up; no answer (refused, reset, timed out) or any other status means it is down, with the
 * reason. A call cancelled by stopping reports nothing.
 */
final class WatchingInterceptor implements Interceptor {

    private static final int ERROR_BODY_CHARACTERS = 300;

    private final ChannelWatch watch;

    WatchingInterceptor(ChannelWatch watch) {
        this.watch = Objects.requireNonNull(watch, "watch");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String method = lastSegment(chain.request().url().encodedPath());
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            if (!chain.call().isCanceled()) {
                watch.down(method + ": " + e);
            }
            throw e;
        }
        if (response.isSuccessful()) {
            watch.up();
        } else {
            String body = response.peekBody(ERROR_BODY_CHARACTERS * 4L).string();
            watch.down(method + ": HTTP " + response.code() + " "
                    + (body.length() > ERROR_BODY_CHARACTERS ? body.substring(0, ERROR_BODY_CHARACTERS) : body));
        }
        return response;
    }

    /** The API method, never the token that precedes it in the path. */
    private static String lastSegment(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
