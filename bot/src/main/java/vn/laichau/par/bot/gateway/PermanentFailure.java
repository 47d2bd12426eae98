package vn.laichau.par.bot.gateway;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A failure that repeating the same call cannot fix.
 *
 * @param reason               what went wrong
 * @param recipientUnreachable true when the chat itself cannot be reached (the user blocked the bot or was
 *                             deactivated, the chat does not exist or moved, the bot was removed from the
 *                             group): the recipient's Telegram channel is broken, not just this message
 * @param movedToChat          the chat's new id when the chat moved: a group upgraded to a supergroup, which
 *                             Telegram answers with {@code parameters.migrate_to_chat_id}; the same call to the
 *                             new id can succeed
 */
public record PermanentFailure(String reason, boolean recipientUnreachable, OptionalLong movedToChat)
        implements TelegramFailure {

    public PermanentFailure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(movedToChat, "movedToChat");
    }

    public PermanentFailure(String reason, boolean recipientUnreachable) {
        this(reason, recipientUnreachable, OptionalLong.empty());
    }

    /** The chat moved to {@code newChatId}: unreachable at its old id. */
    public static PermanentFailure ofMovedChat(String reason, long newChatId) {
        return new PermanentFailure(reason, true, OptionalLong.of(newChatId));
    }

    public static PermanentFailure ofMessage(String reason) {
        return new PermanentFailure(reason, false);
    }

    public static PermanentFailure ofRecipient(String reason) {
        return new PermanentFailure(reason, true);
    }
}
