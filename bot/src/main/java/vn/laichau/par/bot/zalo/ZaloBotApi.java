package vn.laichau.par.bot.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A thin client of the Zalo Bot API on the JDK's HTTP client and Jackson: every method is a JSON {@code POST} to
 * {@code <base>/bot<token>/<method>}. Never throws for what the API or the network does; the {@link ZaloAnswer}
 * says. The token never appears in an answer's description.
 */
public final class ZaloBotApi {

    /** The most characters one {@code sendMessage} may carry. */
    public static final int MESSAGE_LIMIT = 2_000;

    private final ZaloSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public ZaloBotApi(ZaloSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build();
    }

    public ZaloAnswer getMe() {
        return call("getMe", json.createObjectNode(), settings.requestTimeout());
    }

    /**
     * One poll: at most one event. Empty when nothing happened within the poll time-out (Zalo's error 408, with
     * HTTP 408 or 200); the answer itself when the call failed otherwise.
     */
    public PollResult getUpdates() {
        ObjectNode body = json.createObjectNode().put("timeout", Integer.toString(settings.pollTimeoutSeconds()));
        ZaloAnswer answer = call("getUpdates", body, settings.requestTimeout().plusSeconds(settings.pollTimeoutSeconds()));
        if (answer.ok()) {
            return new PollResult(answer, ZaloEvent.parse(answer.result()));
        }
        return new PollResult(answer, Optional.empty());
    }

    public ZaloAnswer setWebhook(String url) {
        return call("setWebhook", json.createObjectNode().put("url", url)
                .put("secret_token", settings.webhookSecret()), settings.requestTimeout());
    }

    public ZaloAnswer deleteWebhook() {
        return call("deleteWebhook", json.createObjectNode(), settings.requestTimeout());
    }

    /** One message of 1–2,000 characters. */
    public ZaloAnswer sendMessage(String chatId, String text) {
        if (text.isEmpty() || text.length() > MESSAGE_LIMIT) {
            throw new IllegalArgumentException("A Zalo message has 1-" + MESSAGE_LIMIT + " characters, not "
                    + text.length());
        }
        return call("sendMessage", json.createObjectNode().put("chat_id", chatId).put("text", text),
                settings.requestTimeout());
    }

    /**
     * A text of any length, in ordered parts of at most 2,000 characters cut between list items or words
     * ({@link PlainTextSplitter}); stops at the first part that fails and returns every answer so far.
     */
    public List<ZaloAnswer> sendText(String chatId, String text) {
        List<ZaloAnswer> answers = new ArrayList<>();
        for (String part : PlainTextSplitter.split(text, MESSAGE_LIMIT)) {
            ZaloAnswer answer = sendMessage(chatId, part);
            answers.add(answer);
            if (!answer.ok()) {
                break;
            }
        }
        return answers;
    }

    public ZaloAnswer sendPhoto(String chatId, String photoUrl, String caption) {
        return call("sendPhoto", json.createObjectNode().put("chat_id", chatId).put("photo", photoUrl)
                .put("caption", caption), settings.requestTimeout());
    }

    public ZaloAnswer sendTyping(String chatId) {
        return call("sendChatAction", json.createObjectNode().put("chat_id", chatId).put("action", "typing"),
                settings.requestTimeout());
    }

    private ZaloAnswer call(String method, ObjectNode body, Duration timeout) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(settings.methodUrl(method))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
        } catch (IOException e) {
            return ZaloAnswer.unreachable(method + ": " + e);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return ZaloAnswer.unreachable(method + ": " + e.getClass().getName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ZaloAnswer.unreachable(method + ": interrupted");
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject() || !answer.has("ok")) {
            int status = response.statusCode();
            return new ZaloAnswer(false, null, status, method + ": HTTP " + status + " without the API's JSON",
                    status < 500);
        }
        if (answer.path("ok").asBoolean(false)) {
            return new ZaloAnswer(true, answer.path("result"), 0, "", true);
        }
        return new ZaloAnswer(false, null, answer.path("error_code").asInt(response.statusCode()),
                method + ": " + answer.path("description").asText(""), true);
    }

    /** One {@code getUpdates}: the answer, and the event it carried if any. */
    public record PollResult(ZaloAnswer answer, Optional<ZaloEvent> event) {

        /** Nothing happened within the poll time-out. */
        public boolean nothingYet() {
            return !answer.ok() && answer.errorCode() == ZaloAnswer.NOTHING_YET;
        }

        /** The call failed (other than an empty poll). */
        public boolean failed() {
            return !answer.ok() && !nothingYet();
        }
    }
}
