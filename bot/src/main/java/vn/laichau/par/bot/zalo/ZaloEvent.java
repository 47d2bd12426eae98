package vn.laichau.par.bot.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * One event Zalo delivered (by {@code getUpdates} or to the webhook): {@code event_name} and its {@code message}.
 * Zalo gives events no id of their own; {@link #key()} ({@code event_name} + {@code message_id}) tells a
 * re-delivery from a new event.
 */
public record ZaloEvent(String eventName, String messageId, String fromId, String displayName, String chatId,
                        boolean privateChat, Optional<String> text, Optional<String> photoUrl,
                        Optional<String> caption, Instant date) {

    public static final String TEXT = "message.text.received";
    public static final String IMAGE = "message.image.received";
    public static final String STICKER = "message.sticker.received";
    public static final String UNSUPPORTED = "message.unsupported.received";

    /** Reads the event object; empty when it lacks an event name, a message id or a chat. */
    public static Optional<ZaloEvent> parse(JsonNode event) {
        JsonNode message = event.path("message");
        String name = event.path("event_name").asText("");
        String messageId = message.path("message_id").asText("");
        String chatId = message.path("chat").path("id").asText("");
        if (name.isEmpty() || messageId.isEmpty() || chatId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ZaloEvent(name, messageId, message.path("from").path("id").asText(""),
                message.path("from").path("display_name").asText(""), chatId,
                !"GROUP".equalsIgnoreCase(message.path("chat").path("chat_type").asText("PRIVATE")),
                text(message, "text"), text(message, "photo_url"), text(message, "caption"),
                Instant.ofEpochMilli(message.path("date").asLong(0))));
    }

    private static Optional<String> text(JsonNode message, String field) {
        JsonNode value = message.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** What identifies the event across re-deliveries. */
    public String key() {
        return eventName + ":" + messageId;
    }
}
