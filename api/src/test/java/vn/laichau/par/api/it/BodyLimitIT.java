package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request bodies are bounded while they stream in. Each endless body here is sent chunked, without a length, over
 * a plain socket: a server that buffered the body before checking it would never answer, and the sender gives up
 * after {@link #SENDER_GIVES_UP} bytes, so the test fails on a time-out instead of answering 413.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BodyLimitIT {

    private static final long SENDER_GIVES_UP = 120L * 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void anEndlessEvidenceUploadIsCutOffJustPastTheLimitAndNothingIsStored() throws Exception {
        Api api = new Api(base);
        long[] occurrence = Api.freshOccurrence(true);
        String path = "/api/v1/occurrences/" + occurrence[0];
        String own = api.newOfficial("official", occurrence[1]);
        String etag = Api.etag(api.get(path, own));
        String boundary = "----par-endless";
        byte[] partHead = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 ").getBytes(StandardCharsets.UTF_8);

        Exchange answer = endless(path + "/evidence", Map.of("Authorization", "Bearer " + own, "If-Match", etag,
                "Content-Type", "multipart/form-data; boundary=" + boundary), partHead);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(answer.body()).contains("/problems/file-too-large").contains("20 MB");
        assertThat(answer.sent()).as("the server stopped reading soon after the 20 MB limit")
                .isLessThan(60L * 1024 * 1024);
        assertThat(api.get(path, own).json().path("evidenceCount").asInt()).isZero();
    }

    @Test
    void anEndlessJsonBodyIsRefusedAsTooLargeNotAsBrokenJson() throws Exception {
        Exchange answer = endless("/api/v1/auth/token", Map.of("Content-Type", "application/json"),
                "{\"username\":\"".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("/problems/content-too-large").contains("1 MB");
        assertThat(answer.sent()).isLessThan(40L * 1024 * 1024);
    }

    @Test
    void aDeclaredLengthBeyondTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        Exchange answer = declared("/api/v1/auth/token", Map.of("Content-Type", "application/json"),
                2L * 1024 * 1024);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("/problems/content-too-large");
    }

    @Test
    void theWebhookChecksItsSecretBeforeReadingAndReadsAtMost256Kb() throws Exception {
        byte[] update = "{\"update_id\": 1, \"message\": {\"text\": \"".getBytes(StandardCharsets.UTF_8);

        Exchange wrongSecret = endless("/api/v1/telegram/webhook", Map.of("Content-Type", "application/json",
                "X-Telegram-Bot-Api-Secret-Token", "not-the-secret-of-this-bot-at-all"), update);
        Exchange rightSecret = endless("/api/v1/telegram/webhook", Map.of("Content-Type", "application/json",
                "X-Telegram-Bot-Api-Secret-Token", TelegramBotFakeSession.WEBHOOK_SECRET), update);

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.sent()).as("nothing of the body was needed").isLessThan(8L * 1024 * 1024);
        assertThat(rightSecret.status()).isEqualTo(413);
        assertThat(rightSecret.body()).contains("256 KB");
        assertThat(rightSecret.sent()).isLessThan(40L * 1024 * 1024);
    }

    @Test
    void anEndlessAppendixIsRefusedAndNoDraftIsMade() throws Exception {
        Api api = new Api(base);
        String admin = api.adminToken();
        int drafts = api.get("/api/v1/plan-imports", admin).json().path("items").size();

        Exchange answer = endless("/api/v1/plan-imports?fileName=phu-bieu.txt", Map.of("Authorization",
                "Bearer " + admin, "Content-Type", "text/plain; charset=UTF-8"),
                "STT\tNhiệm vụ\n".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("/problems/file-too-large").contains("5 MB");
        assertThat(answer.sent()).isLessThan(45L * 1024 * 1024);
        assertThat(api.get("/api/v1/plan-imports", admin).json().path("items").size()).isEqualTo(drafts);
    }

    /** What came back, and how many body bytes had been sent by then. */
    record Exchange(int status, String head, String body, long sent) {
    }

    /** Sends {@code start} and then filler bytes in chunks, without end, until the server answers. */
    private Exchange endless(String path, Map<String, String> headers, byte[] start) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Transfer-Encoding", "chunked");
        return exchange(path, all, out -> {
            writeChunk(out, start);
            byte[] filler = new byte[64 * 1024];
            Arrays.fill(filler, (byte) 'a');
            return filler;
        });
    }

    /** Declares a length and sends filler bytes up to it. */
    private Exchange declared(String path, Map<String, String> headers, long length) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Length", String.valueOf(length));
        return exchange(path, all, out -> null);
    }

    private interface BodyStart {
        /** Writes what comes first; answers the chunk to repeat, or null for a raw body of filler. */
        byte[] start(OutputStream out) throws IOException;
    }

    private Exchange exchange(String path, Map<String, String> headers, BodyStart body) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            AtomicLong sent = new AtomicLong();
            byte[] chunk = body.start(out);
            long stopAt = headers.containsKey("Content-Length") ? Long.parseLong(headers.get("Content-Length"))
                    : SENDER_GIVES_UP;
            Thread sender = new Thread(() -> {
                byte[] raw = new byte[64 * 1024];
                try {
                    while (sent.get() < stopAt) {
                        if (chunk == null) {
                            out.write(raw);
                            sent.addAndGet(raw.length);
                        } else {
                            writeChunk(out, chunk);
                            sent.addAndGet(chunk.length);
                        }
                    }
                    out.flush();
                } catch (IOException closed) {
                    // the server answered and closed: what the test wants
                }
            }, "endless-body");
            sender.setDaemon(true);
            sender.start();
            byte[] answer = readAnswer(socket.getInputStream());
            long sentWhenAnswered = sent.get();
            String text = new String(answer, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertThat(split).as("an HTTP answer: " + text).isPositive();
            String responseHead = text.substring(0, split);
            int status = Integer.parseInt(responseHead.substring(9, 12));
            return new Exchange(status, responseHead, text.substring(split + 4), sentWhenAnswered);
        }
    }

    /** Reads until the server closes, or until the answer has been quiet for a while after its head. */
    private static byte[] readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n") && (text.endsWith("}") || text.endsWith("0\r\n\r\n"))) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            if (answer.size() == 0) {
                throw new AssertionError("no answer within 30 s: the server is still reading the body", e);
            }
        } catch (IOException reset) {
            if (answer.size() == 0) {
                throw reset;
            }
        }
        return answer.toByteArray();
    }

    private static void writeChunk(OutputStream out, byte[] chunk) throws IOException {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
