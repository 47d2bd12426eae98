package vn.laichau.par.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import vn.laichau.par.bot.zalo.ZaloSettings;

/**
 * A Zalo Bot API on 127.0.0.1 and a random port: {@code POST /bot<token>/<method>} with JSON bodies, answers
 * {@code {"ok": true, "result": …}} or {@code {"ok": false, "error_code": N, "description": …}}. {@code getUpdates}
 * hands out at most one queued event per call and ends an empty poll with error 408 (as HTTP 408, or as HTTP 200
 * after {@link #emptyPollsAnswer200()}); {@code sendMessage} refuses texts outside 1–2,000 characters as Zalo does.
 */
public final class FakeZaloApi implements AutoCloseable {

    public static final String DEFAULT_TOKEN = "1234567890:fake-zalo-secret";

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final Deque<ObjectNode> events = new ArrayDeque<>();
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private volatile boolean emptyPollIs200;
    private volatile int failNextCalls;
    private volatile boolean closed;
    private final java.util.Map<String, byte[]> photos = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int sendErrorCode;

    private FakeZaloApi(String token) throws IOException {
        this.token = token;
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-zalo-api");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    public static FakeZaloApi start() {
        try {
            return new FakeZaloApi(DEFAULT_TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Long polling against this fake with 1-second polls and 5-second requests. */
    public ZaloSettings settings() {
        return new ZaloSettings(token, baseUrl(), vn.laichau.par.bot.zalo.ZaloMode.LONG_POLLING, "", 1,
                Duration.ofSeconds(5));
    }

    public String token() {
        return token;
    }

    /** Queues a text message from {@code userId} in a private chat of the same id; returns its message id. */
    public String queueText(String userId, String text) {
        String messageId = "m" + nextMessageId.getAndIncrement();
        ObjectNode event = json.createObjectNode().put("event_name", "message.text.received");
        ObjectNode message = event.putObject("message").put("message_id", messageId).put("text", text)
                .put("date", System.currentTimeMillis());
        message.putObject("from").put("id", userId).put("display_name", "Cán bộ " + userId).put("is_bot", false);
        message.putObject("chat").put("id", userId).put("chat_type", "PRIVATE");
        queueEvent(event);
        return messageId;
    }

    /** Queues a photo from {@code userId} in a private chat, by its URL, with a caption; returns its message id. */
    public String queuePhoto(String userId, String photoUrl, String caption) {
        String messageId = "m" + nextMessageId.getAndIncrement();
        ObjectNode event = json.createObjectNode().put("event_name", "message.image.received");
        ObjectNode message = event.putObject("message").put("message_id", messageId).put("photo_url", photoUrl)
                .put("caption", caption).put("date", System.currentTimeMillis());
        message.putObject("from").put("id", userId).put("display_name", "Cán bộ " + userId).put("is_bot", false);
        message.putObject("chat").put("id", userId).put("chat_type", "PRIVATE");
        queueEvent(event);
        return messageId;
    }

    /** Serves {@code content} at {@code GET /photos/<name>} and returns its URL, as Zalo's CDN serves photos. */
    public String servePhoto(String name, byte[] content) {
        photos.put(name, content.clone());
        return baseUrl() + "/photos/" + name;
    }

    /**
     * From now on every {@code sendMessage} answers {@code {"ok": false, "error_code": code}} (0: answer normally
     * again), e.g. 403 as for a user who blocked the bot, 429 or 502.
     */
    public void failSends(int code) {
        sendErrorCode = code;
    }

    /** The texts sent to one chat, in order. */
    public List<String> textsTo(String chatId) {
        return calls("sendMessage").stream().filter(c -> c.param("chat_id").equals(chatId))
                .map(c -> c.param("text")).toList();
    }

    public void queueEvent(ObjectNode event) {
        synchronized (events) {
            events.addLast(event.deepCopy());
            events.notifyAll();
        }
    }

    /** Empty polls end with HTTP 200 and {@code error_code} 408 rather than HTTP 408. */
    public void emptyPollsAnswer200() {
        emptyPollIs200 = true;
    }

    /** The next {@code count} calls, whatever the method, answer HTTP 502 with an HTML page. */
    public void failNextCalls(int count) {
        failNextCalls = count;
    }

    public List<RecordedCall> calls(String method) {
        return calls.stream().filter(call -> call.is(method)).toList();
    }

    @Override
    public void close() {
        closed = true;
        synchronized (events) {
            events.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String prefix = "/bot" + token + "/";
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/photos/") && exchange.getRequestMethod().equals("GET")) {
                byte[] photo = photos.get(path.substring("/photos/".length()));
                exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                exchange.sendResponseHeaders(photo == null ? 404 : 200, photo == null ? -1 : photo.length);
                if (photo != null) {
                    exchange.getResponseBody().write(photo);
                }
                return;
            }
            if (!path.startsWith(prefix) || !exchange.getRequestMethod().equals("POST")) {
                send(exchange, 401, error(401, "Unauthorized"));
                return;
            }
            String method = path.substring(prefix.length());
            JsonNode body = json.readTree(exchange.getRequestBody());
            calls.add(new RecordedCall(method, body == null ? json.createObjectNode() : body, java.util.Map.of()));
            if (failNextCalls > 0) {
                failNextCalls--;
                byte[] page = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(502, page.length);
                exchange.getResponseBody().write(page);
                return;
            }
            switch (method.toLowerCase(Locale.ROOT)) {
                case "getme" -> send(exchange, 200, ok(json.createObjectNode().put("id", token.split(":")[0])
                        .put("account_name", "par_test_zalo_bot").put("can_join_groups", false)));
                case "getupdates" -> poll(exchange, body.path("timeout").asInt(30));
                case "setwebhook", "deletewebhook" -> send(exchange, 200, ok(json.createObjectNode()
                        .put("url", body.path("url").asText(""))));
                case "sendmessage" -> {
                    String text = body.path("text").asText("");
                    int failing = sendErrorCode;
                    if (failing != 0) {
                        send(exchange, failing >= 500 || failing == 429 ? failing : 200, error(failing,
                                failing == 403 ? "Forbidden: the user has blocked the bot" : "failing on purpose"));
                    } else if (text.isEmpty() || text.length() > 2_000) {
                        send(exchange, 400, error(400, "Bad Request: text must be 1-2000 characters"));
                    } else {
                        send(exchange, 200, ok(json.createObjectNode()
                                .put("message_id", "s" + nextMessageId.getAndIncrement())
                                .put("date", System.currentTimeMillis())));
                    }
                }
                case "sendphoto", "sendchataction" -> send(exchange, 200, ok(json.createObjectNode()
                        .put("message_id", "s" + nextMessageId.getAndIncrement())));
                default -> send(exchange, 404, error(404, "Not Found: method not found"));
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    private void poll(HttpExchange exchange, int timeoutSeconds) throws IOException {
        ObjectNode event;
        synchronized (events) {
            long end = System.currentTimeMillis() + timeoutSeconds * 1000L;
            while (events.isEmpty() && !closed && System.currentTimeMillis() < end) {
                try {
                    events.wait(Math.max(1, end - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            event = events.pollFirst();
        }
        if (event == null) {
            send(exchange, emptyPollIs200 ? 200 : 408, error(408, "Request Timeout"));
        } else {
            send(exchange, 200, ok(event));
        }
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode answer = json.createObjectNode().put("ok", true);
        answer.set("result", result);
        return answer;
    }

    private ObjectNode error(int code, String description) {
        return json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
