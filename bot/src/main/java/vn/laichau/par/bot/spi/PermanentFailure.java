package vn.laichau.par.bot.spi;

import java.util.Objects;

/**
 * A failure that repeating the same call cannot fix.
 *
 * @param reason               what went wrong
 * @param recipientUnreachable true when the chat itself cannot be reached (the user blocked the bot or was
 *                             deactivated, the chat does not exist or moved, the bot was removed from the
 *                             group): the recipient's Telegram channel is broken, not just this message
 */
public record PermanentFailure(String reason, boolean recipientUnreachable) implements TelegramFailure {

    public PermanentFailure {
        Objects.requireNonNull(reason, "reason");
    }

    public static PermanentFailure ofMessage(String reason) {
        return new PermanentFailure(reason, false);
    }

    public static PermanentFailure ofRecipient(String reason) {
        return new PermanentFailure(reason, true);
    }
}
