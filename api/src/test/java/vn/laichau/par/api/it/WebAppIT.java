package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the web app needs from the server, over HTTP: its files with the security headers and compressed, the
 * browser session whose refresh token lives in an HttpOnly cookie, an occurrence's history and a task's
 * deadline as read, and evidence served as a download.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebAppIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPageAndAssetOfTheAppCarriesTheSecurityHeaders() {
        Api api = new Api(base);
        for (String path : List.of("/app/", "/app/index.html", "/app/js/main.js", "/app/app.css", "/app/sw.js",
                "/app/manifest.webmanifest", "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")) {
            HttpResponse<byte[]> answer = api.sendBytes(api.request(path, null).header("Accept-Encoding", "gzip").GET());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self';", "frame-ancestors 'none'", "default-src 'self'")
                    .doesNotContain("unsafe-inline", "http:", "https:");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
        HttpResponse<byte[]> script = api.sendBytes(api.request("/app/js/occurrence.js", null)
                .header("Accept-Encoding", "gzip").GET());
        assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(api.sendBytes(api.request("/app/manifest.webmanifest", null).GET()).headers()
                .firstValue("Content-Type").orElse("")).startsWith("application/manifest+json");
        String page = new String(api.sendBytes(api.request("/app/", null).GET()).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("<html lang=\"vi\"", "name=\"viewport\"", "<script type=\"module\" src=\"js/main.js\">")
                .doesNotContainPattern("<script>|<script type=\"module\">|onclick=|style=");
    }

    @Test
    void theServersBareAddressLeadsToTheWebAppAndNothingElseMoves() {
        Api api = new Api(base);
        HttpResponse<byte[]> root = api.sendBytes(api.request("/", null).GET());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/app/");
        assertThat(root.body()).isEmpty();

        HttpResponse<byte[]> posted = api.sendBytes(api.request("/", null)
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(posted.statusCode()).as("only a read is sent on").isEqualTo(405);
        assertThat(posted.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(posted.headers().firstValue("Allow")).as("a 405 names what is allowed").hasValue("GET, HEAD, OPTIONS");
        for (String path : List.of("/index.html", "/apps/", "/api/")) {
            assertThat(api.sendBytes(api.request(path, null).GET()).statusCode()).as(path).isNotEqualTo(200)
                    .isNotEqualTo(302);
        }
    }

    @Test
    void theBrowserSessionKeepsItsRefreshTokenInAnHttpOnlyCookieThatRotates() {
        Api api = new Api(base);
        HttpJson.Answer signedIn = api.post("/api/v1/auth/session", null,
                "{\"username\":\"" + Api.ADMIN + "\",\"password\":\"" + Api.ADMIN_PASSWORD + "\"}");

        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().path("accessToken").asText()).isNotBlank();
        assertThat(signedIn.json().has("refreshToken")).as("script never sees the refresh token").isFalse();
        String cookie = signedIn.response().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("par_refresh=").contains("; Path=/api/v1/auth/session", "; HttpOnly",
                "; SameSite=Strict", "; Max-Age=2592000").doesNotContain("Secure");
        String first = cookie.substring(0, cookie.indexOf(';'));
        assertThat(api.get("/api/v1/me", signedIn.json().path("accessToken").asText()).status()).isEqualTo(200);

        HttpJson.Answer withoutHeader = api.http.send(api.request("/api/v1/auth/session/refresh", null)
                .header("Cookie", first).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(withoutHeader.status()).isEqualTo(400);
        assertThat(withoutHeader.contentType()).startsWith("application/problem+json");

        HttpJson.Answer refreshed = refresh(api, first);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.json().path("accessToken").asText()).isNotBlank();
        String second = refreshed.response().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(second).contains("HttpOnly").isNotEqualTo(cookie);
        String secondValue = second.substring(0, second.indexOf(';'));

        HttpJson.Answer noCookie = api.http.send(api.request("/api/v1/auth/session/refresh", null)
                .header("X-Requested-With", "par-web").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noCookie.status()).isEqualTo(401);
        assertThat(noCookie.json().path("detail").asText()).contains("đăng nhập lại");

        HttpJson.Answer signedOut = api.http.send(api.request("/api/v1/auth/session", null)
                .header("X-Requested-With", "par-web").header("Cookie", secondValue).DELETE());
        assertThat(signedOut.status()).isEqualTo(204);
        assertThat(signedOut.response().headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("par_refresh=;").contains("Max-Age=0");
        assertThat(refresh(api, secondValue).status()).as("the session is revoked").isEqualTo(401);
    }

    @Test
    void behindAnHttpsProxyTheCookieIsSecureAndAWrongPasswordIsRefusedInVietnamese() {
        Api api = new Api(base);
        HttpJson.Answer signedIn = api.http.send(api.request("/api/v1/auth/session", null)
                .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + Api.ADMIN + "\",\"password\":\""
                        + Api.ADMIN_PASSWORD + "\"}")));
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.response().headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");

        HttpJson.Answer wrong = api.post("/api/v1/auth/session", null,
                "{\"username\":\"nobody-web\",\"password\":\"not-the-password\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.response().headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(wrong.json().path("detail").asText()).startsWith("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void anOccurrenceShowsItsHistoryItsDeadlineReadingAndServesEvidenceAsADownload() throws Exception {
        Api api = new Api(base);
        long[] fresh = Api.freshOccurrence(false);
        String token = api.newOfficial("official", fresh[1]);
        HttpJson.Answer occurrence = api.get("/api/v1/occurrences/" + fresh[0], token);
        HttpJson.Answer reported = api.postIfMatch("/api/v1/occurrences/" + fresh[0] + "/progress", token,
                Api.etag(occurrence), "{\"percent\":30,\"note\":\"Đang làm\"}");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);

        HttpJson.Answer history = api.get("/api/v1/occurrences/" + fresh[0] + "/history", token);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonNode items = history.json().path("items");
        assertThat(items.size()).isPositive();
        JsonNode last = items.get(items.size() - 1);
        assertThat(items.toString()).contains("\"newValue\":\"30\"");
        assertThat(last.path("channel").asText()).isEqualTo("API");
        assertThat(last.path("occurredAt").asText()).isNotBlank();
        assertThat(api.get("/api/v1/occurrences/999999999/history", token).status()).isEqualTo(404);

        long taskId = occurrence.json().path("taskId").asLong();
        int year = occurrence.json().path("planYear").asInt();
        HttpJson.Answer deadline = api.get("/api/v1/tasks/" + taskId + "/deadline?year=" + year, token);
        assertThat(deadline.status()).as(deadline.body()).isEqualTo(200);
        assertThat(deadline.json().path("description").asText()).isNotBlank();
        assertThat(deadline.json().path("phrase").asText()).isNotBlank();
        HttpJson.Answer noYear = api.get("/api/v1/tasks/" + taskId + "/deadline", token);
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.json().path("violations").get(0).path("field").asText()).isEqualTo("year");

        String boundary = "----par" + System.nanoTime();
        byte[] html = "Biên bản họp ngày 01/12".getBytes(StandardCharsets.UTF_8);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ghi-chu.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), html,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpJson.Answer uploaded = api.http.send(api.request("/api/v1/occurrences/" + fresh[0] + "/evidence", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("If-Match", Api.etag(reported))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        HttpResponse<byte[]> download = api.sendBytes(api.request(uploaded.json().path("download").asText(), token).GET());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static HttpJson.Answer refresh(Api api, String cookie) {
        return api.http.send(api.request("/api/v1/auth/session/refresh", null).header("Cookie", cookie)
                .header("X-Requested-With", "par-web").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
