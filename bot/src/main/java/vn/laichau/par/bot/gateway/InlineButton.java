package vn.laichau.par.bot.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button under a message; pressing it sends {@code callbackData} back to the bot as a callback query.
 * Telegram limits callback data to 64 bytes.
 */
public record InlineButton(String text, String callbackData) {

    public static final int MAX_CALLBACK_DATA_BYTES = 64;

    public InlineButton {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(callbackData, "callbackData");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A button needs a visible text");
        }
        int bytes = callbackData.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
            throw new IllegalArgumentException(
                    "Callback data must be 1-" + MAX_CALLBACK_DATA_BYTES + " bytes, was " + bytes + ": " + callbackData);
        }
    }
}
