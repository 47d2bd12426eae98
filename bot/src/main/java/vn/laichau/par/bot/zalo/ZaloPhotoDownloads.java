package vn.laichau.par.bot.zalo;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.laichau.par.bot.gateway.DownloadResult;
import vn.laichau.par.bot.gateway.Downloaded;
import vn.laichau.par.bot.gateway.FileDownloads;
import vn.laichau.par.bot.gateway.PermanentFailure;
import vn.laichau.par.bot.gateway.TransientFailure;

/**
 * Downloads a photo a Zalo user sent, by the {@code photo_url} of the event, without trusting the URL: only http
 * and https, no redirects, no address on this machine or in a private network (unless it is the host of the
 * configured Zalo Bot API, as a local fake is in tests), a bounded time, and never more than the limit read
 * (the announced length is checked first, the stream is cut after one byte too many). Type checks follow when the
 * file is stored as evidence, as for any upload.
 */
public final class ZaloPhotoDownloads implements FileDownloads {

    private final HttpClient http;
    private final Duration timeout;
    private final Set<String> trustedHosts;

    /**
     * @param timeout      how long connecting and the whole download may take
     * @param trustedHosts hosts allowed even on private addresses (the configured Zalo Bot API's host)
     */
    public ZaloPhotoDownloads(Duration timeout, Set<String> trustedHosts) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.trustedHosts = Set.copyOf(trustedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public DownloadResult download(String url, long maxBytes) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return PermanentFailure.ofMessage("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
            return PermanentFailure.ofMessage("only http(s) URLs with a host are downloaded");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!trustedHosts.contains(host)) {
            try {
                if (Arrays.stream(InetAddress.getAllByName(host)).anyMatch(ZaloPhotoDownloads::isInternal)) {
                    return PermanentFailure.ofMessage("the photo URL points into a private network");
                }
            } catch (UnknownHostException e) {
                return TransientFailure.of("unknown host " + host);
            }
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status != 200) {
                    return status >= 500 || status == 429 ? TransientFailure.of("HTTP " + status)
                            : PermanentFailure.ofMessage("HTTP " + status);
                }
                long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (announced > maxBytes) {
                    return PermanentFailure.ofMessage("larger than allowed: " + announced + " bytes");
                }
                byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (content.length > maxBytes) {
                    return PermanentFailure.ofMessage("larger than allowed: more than " + maxBytes + " bytes");
                }
                return new Downloaded(uri.getPath() == null ? "" : uri.getPath(), content);
            }
        } catch (HttpTimeoutException e) {
            return TransientFailure.of("timed out");
        } catch (IOException e) {
            return TransientFailure.of(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TransientFailure.of("interrupted");
        }
    }

    private static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()
                || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc);
    }
}
