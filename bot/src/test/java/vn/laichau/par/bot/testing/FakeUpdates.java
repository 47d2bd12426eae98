package vn.laichau.par.bot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Bot API update objects as Telegram would send them, without the {@code update_id} unless one is given. */
public final class FakeUpdates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeUpdates() {
    }

    /** A private-chat text message (a command when it starts with '/'). */
    public static ObjectNode text(long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
        }
        return update("message", message);
    }

    /** A press on an inline button under message 1 of the chat. */
    public static ObjectNode callback(long chatId, String callbackQueryId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", callbackQueryId);
        query.set("from", user(chatId));
        query.set("message", message(chatId));
        query.put("chat_instance", "instance-" + chatId);
        query.put("data", data);
        return update("callback_query", query);
    }

    /** A document sent to the bot, with an optional caption. */
    public static ObjectNode document(long chatId, String fileId, String fileName, String caption) {
        ObjectNode message = message(chatId);
        message.putObject("document")
                .put("file_id", fileId)
                .put("file_unique_id", "unique-" + fileId)
                .put("file_name", fileName);
        if (caption != null) {
            message.put("caption", caption);
        }
        return update("message", message);
    }

    /**
     * A photo sent to the bot as Telegram sends one: the same picture in several sizes, smallest first, with an
     * optional caption. Make each size with {@link #photoSize}.
     */
    public static ObjectNode photo(long chatId, String caption, ObjectNode... sizesSmallestFirst) {
        ObjectNode message = message(chatId);
        var photo = message.putArray("photo");
        for (ObjectNode size : sizesSmallestFirst) {
            photo.add(size);
        }
        if (caption != null) {
            message.put("caption", caption);
        }
        return update("message", message);
    }

    /** One size of a photo; {@code fileSize} null when Telegram does not announce it. */
    public static ObjectNode photoSize(String fileId, int width, int height, Long fileSize) {
        ObjectNode size = JSON.createObjectNode()
                .put("file_id", fileId)
                .put("file_unique_id", "unique-" + fileId)
                .put("width", width)
                .put("height", height);
        if (fileSize != null) {
            size.put("file_size", fileSize);
        }
        return size;
    }

    /** The same update as a webhook body, with the given id. */
    public static String asJson(ObjectNode update, long updateId) {
        return update.deepCopy().put("update_id", updateId).toString();
    }

    private static ObjectNode update(String field, ObjectNode content) {
        ObjectNode update = JSON.createObjectNode();
        update.set(field, content);
        return update;
    }

    private static ObjectNode message(long chatId) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", 1);
        message.put("date", Instant.now().getEpochSecond());
        message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "group" : "private");
        message.set("from", user(chatId));
        return message;
    }

    private static ObjectNode user(long chatId) {
        return JSON.createObjectNode()
                .put("id", Math.abs(chatId))
                .put("is_bot", false)
                .put("first_name", "Cán bộ")
                .put("language_code", "vi");
    }
}
