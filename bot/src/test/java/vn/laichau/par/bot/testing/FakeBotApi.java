package vn.laichau.par.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.laichau.par.bot.telegram.TelegramSettings;

/**
 * A Telegram Bot API on 127.0.0.1 and a random port, for tests that drive the real TelegramBots library.
 *
 * <pre>{@code
 * try (FakeBotApi telegram = FakeBotApi.start()) {
 *     TelegramSettings settings = telegram.settings();          // token + base URL, 1 s long polls
 *     telegram.queueUpdate(FakeUpdates.text(42, "/viec"));      // served to the next getUpdates
 *     telegram.answerNext("sendMessage", 1, ScriptedAnswer.tooManyRequests(3));
 *     ... telegram.calls("sendMessage") ...                     // everything the bot sent
 * }
 * }</pre>
 *
 * <p>Serves {@code /bot{token}/{method}} (method names case-insensitive; JSON or multipart bodies) and file
 * downloads at {@code /file/bot{token}/{path}}. Answers getMe, deleteWebhook, setWebhook, getUpdates (long-polled
 * with offsets), sendMessage, sendPhoto, sendDocument, editMessageText, editMessageReplyMarkup,
 * answerCallbackQuery and getFile; anything else gets 404 as from Telegram.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String DEFAULT_TOKEN = "123456:fake-bot-token";

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final int port;
    private volatile HttpServer server;
    private final ExecutorService serverThreads;
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final Deque<ObjectNode> pendingUpdates = new ArrayDeque<>();
    private final Map<String, Deque<ScriptedAnswer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    private final AtomicLong nextUpdateId = new AtomicLong(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(1000);
    private final AtomicInteger nextFileId = new AtomicInteger(1);
    private final List<Instant> blockedAttempts = new CopyOnWriteArrayList<>();
    private volatile boolean blocked;
    private volatile Duration blockedFor = Duration.ZERO;
    private volatile Instant upAgainAt;
    private volatile boolean closed;

    private FakeBotApi(String token, int port) throws IOException {
        this.token = token;
        this.serverThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        });
        this.server = listen(port);
        this.port = server.getAddress().getPort();
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        created.setExecutor(serverThreads);
        created.createContext("/", this::serve);
        created.start();
        return created;
    }

    /**
     * Stops listening, as when the Bot API is blocked: connections to its port are refused until {@link #comeUp()}.
     * Queued updates, files and the calls recorded so far are kept.
     */
    public synchronized void goDown() {
        server.stop(0);
    }

    /** Listens again on the same port, after {@link #goDown()}; tries for up to 10 s while the port is busy. */
    public synchronized void comeUp() {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                server = listen(port);
                upAgainAt = Instant.now();
                return;
            } catch (IOException e) {
                if (System.nanoTime() > end) {
                    throw new UncheckedIOException("The fake Bot API could not listen on its port " + port
                            + " again", e);
                }
                pause(100);
            }
        }
    }

    /**
     * Blocks the Bot API as a national firewall does: every request is cut off without an answer (the connection
     * closed under it, each one recorded in {@link #blockedAttempts()}), and {@code afterFirstAttempt} after the
     * first one it answers again by itself.
     */
    public void blockConnections(Duration afterFirstAttempt) {
        blockedFor = afterFirstAttempt;
        blocked = true;
    }

    /** Whether it is still blocked ({@link #blockConnections}). */
    public boolean isBlocked() {
        return blocked;
    }

    private void cutOff(HttpExchange exchange) {
        blockedAttempts.add(Instant.now());
        if (blockedAttempts.size() == 1) {
            Duration pause = blockedFor;
            Thread opener = new Thread(() -> {
                pause(pause.toMillis());
                upAgainAt = Instant.now();
                blocked = false;
            }, "fake-bot-api-unblock");
            opener.setDaemon(true);
            opener.start();
        }
        exchange.close();
    }

    /** When each connection was reset while blocked. */
    public List<Instant> blockedAttempts() {
        return List.copyOf(blockedAttempts);
    }

    /** When it last answered again after {@link #goDown()} or {@link #blockConnections}; null if it never did. */
    public Instant upAgainAt() {
        return upAgainAt;
    }

    public static FakeBotApi start() {
        return start(DEFAULT_TOKEN);
    }

    public static FakeBotApi start(String token) {
        return start(token, 0);
    }

    /** On 127.0.0.1 and {@code port} (0 for any free one), e.g. for a running system pointed at it. */
    public static FakeBotApi start(String token, int port) {
        try {
            return new FakeBotApi(token, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String token() {
        return token;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Long polling against this fake with 1-second polls and 5-second requests. */
    public TelegramSettings settings() {
        return TelegramSettings.longPolling(token, baseUrl())
                .withPollTimeoutSeconds(1)
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    /** Queues an update for getUpdates, giving it the next update id unless it has one; returns the id. */
    public long queueUpdate(ObjectNode update) {
        ObjectNode copy = update.deepCopy();
        if (!copy.has("update_id")) {
            copy.put("update_id", nextUpdateId.getAndIncrement());
        }
        synchronized (pendingUpdates) {
            pendingUpdates.addLast(copy);
            pendingUpdates.notifyAll();
        }
        return copy.get("update_id").asLong();
    }

    /** Answers the next {@code times} calls of {@code method} with {@code answer} instead of the normal one. */
    public void answerNext(String method, int times, ScriptedAnswer answer) {
        Deque<ScriptedAnswer> queue = scripts.computeIfAbsent(key(method), m -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.addLast(answer);
            }
        }
    }

    /** Stores a file that getFile and the download path will serve; returns its file_id. */
    public String addFile(String filePath, byte[] content) {
        String fileId = "file-" + nextFileId.getAndIncrement();
        files.put(fileId, new StoredFile(filePath, content));
        return fileId;
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(String method) {
        return calls.stream().filter(call -> call.is(method)).toList();
    }

    @Override
    public void close() {
        closed = true;
        synchronized (pendingUpdates) {
            pendingUpdates.notifyAll();
        }
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        if (blocked) {
            cutOff(exchange);
            return;
        }
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String botPrefix = "/bot" + token + "/";
            String filePrefix = "/file/bot" + token + "/";
            if (path.startsWith(filePrefix)) {
                serveDownload(exchange, path.substring(filePrefix.length()));
            } else if (path.startsWith(botPrefix)) {
                serveMethod(exchange, path.substring(botPrefix.length()));
            } else {
                sendJson(exchange, 401, error(401, "Unauthorized", null));
            }
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    private void serveMethod(HttpExchange exchange, String method) throws IOException {
        RecordedCall call = record(method, exchange);
        calls.add(call);
        ScriptedAnswer scripted = nextScripted(method);
        if (scripted instanceof ScriptedAnswer.JsonError error) {
            sendJson(exchange, error.errorCode(), error(error.errorCode(), error.description(), error.retryAfter()));
            return;
        }
        if (scripted instanceof ScriptedAnswer.Raw raw) {
            send(exchange, raw.status(), raw.contentType(), raw.body().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (scripted instanceof ScriptedAnswer.Delay delay) {
            pause(delay.pause().toMillis());
        }
        JsonNode result = answer(key(method), call);
        if (result == null) {
            sendJson(exchange, 404, error(404, "Not Found: method not found", null));
        } else if (result.isObject() && result.has("error_code")) {
            sendJson(exchange, result.get("error_code").asInt(), result);
        } else {
            ObjectNode ok = json.createObjectNode().put("ok", true);
            ok.set("result", result);
            sendJson(exchange, 200, ok);
        }
    }

    private JsonNode answer(String method, RecordedCall call) {
        return switch (method) {
            case "getme" -> json.createObjectNode().put("id", 123456).put("is_bot", true)
                    .put("first_name", "PAR Lai Châu").put("username", "par_laichau_bot");
            case "deletewebhook", "setwebhook", "answercallbackquery" -> json.getNodeFactory().booleanNode(true);
            case "getupdates" -> pollUpdates(call.params().path("offset").asLong(0),
                    call.params().path("timeout").asInt(0), call.params().path("limit").asInt(100));
            case "sendmessage", "editmessagetext", "editmessagereplymarkup" -> sentMessage(call);
            case "senddocument" -> {
                ObjectNode message = sentMessage(call);
                RecordedCall.UploadedFile document = call.files().get("document");
                message.putObject("document").put("file_id", "sent-" + message.get("message_id").asInt())
                        .put("file_unique_id", "u-" + message.get("message_id").asInt())
                        .put("file_name", document == null ? "" : document.fileName());
                yield message;
            }
            case "sendphoto" -> {
                ObjectNode message = sentMessage(call);
                message.putArray("photo").addObject().put("file_id", "photo-" + message.get("message_id").asInt())
                        .put("file_unique_id", "p-" + message.get("message_id").asInt())
                        .put("width", 1).put("height", 1);
                yield message;
            }
            case "getfile" -> fileInfo(call.param("file_id"));
            default -> null;
        };
    }

    private ArrayNode pollUpdates(long offset, int timeoutSeconds, int limit) {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        synchronized (pendingUpdates) {
            pendingUpdates.removeIf(update -> update.get("update_id").asLong() < offset);
            while (pendingUpdates.isEmpty() && !closed) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    break;
                }
                try {
                    pendingUpdates.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            ArrayNode result = json.createArrayNode();
            pendingUpdates.stream().limit(Math.max(1, limit)).forEach(result::add);
            return result;
        }
    }

    private ObjectNode sentMessage(RecordedCall call) {
        String chatId = call.param("chat_id");
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId.getAndIncrement());
        message.put("date", Instant.now().getEpochSecond());
        long id = chatId.matches("-?\\d+") ? Long.parseLong(chatId) : 0;
        message.putObject("chat").put("id", id).put("type", id < 0 ? "group" : "private");
        if (!call.param("text").isEmpty()) {
            message.put("text", call.param("text"));
        }
        return message;
    }

    private JsonNode fileInfo(String fileId) {
        StoredFile file = files.get(fileId);
        if (file == null) {
            return error(400, "Bad Request: invalid file_id", null);
        }
        return json.createObjectNode().put("file_id", fileId).put("file_unique_id", "unique-" + fileId)
                .put("file_size", file.content().length).put("file_path", file.path());
    }

    private void serveDownload(HttpExchange exchange, String filePath) throws IOException {
        calls.add(new RecordedCall("download", json.createObjectNode().put("file_path", filePath), Map.of()));
        StoredFile file = files.values().stream().filter(f -> f.path().equals(filePath)).findFirst().orElse(null);
        if (file == null) {
            send(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 200, "application/octet-stream", file.content());
        }
    }

    private RecordedCall record(String method, HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (MultipartBody.isMultipart(contentType)) {
            MultipartBody multipart = MultipartBody.parse(contentType, body);
            ObjectNode params = json.createObjectNode();
            multipart.fields.forEach(params::put);
            return new RecordedCall(method, params, Map.copyOf(multipart.files));
        }
        JsonNode params = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        return new RecordedCall(method, params, Map.of());
    }

    private ScriptedAnswer nextScripted(String method) {
        Deque<ScriptedAnswer> queue = scripts.get(key(method));
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.pollFirst();
        }
    }

    private ObjectNode error(int code, String description, Integer retryAfter) {
        ObjectNode error = json.createObjectNode().put("ok", false).put("error_code", code)
                .put("description", description);
        if (retryAfter != null) {
            error.putObject("parameters").put("retry_after", retryAfter);
        }
        return error;
    }

    private void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String key(String method) {
        return method.toLowerCase(Locale.ROOT);
    }

    private record StoredFile(String path, byte[] content) {
    }
}
