package vn.laichau.par.notifier.recipient;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people of one responsible agency: the officials who do the work and the head who answers for it, and the
 * Telegram group chats of the agency subscribed to its alerts with the bot's {@code /nhom}.
 */
public record AgencyRecipients(long agencyId, List<Recipient> officials, Optional<Recipient> head,
                               List<Long> groupChats) {

    public AgencyRecipients {
        officials = List.copyOf(officials);
        Objects.requireNonNull(head, "head");
        groupChats = List.copyOf(groupChats);
    }

    /** An agency without group chats. */
    public AgencyRecipients(long agencyId, List<Recipient> officials, Optional<Recipient> head) {
        this(agencyId, officials, head, List.of());
    }

    /** A group chat as a recipient: reached on Telegram only, its chat id as its id, no settings of its own. */
    public static Recipient groupChat(long chatId) {
        return Recipient.of(chatId, "Nhóm Telegram " + chatId, ChannelPreference.telegram(chatId));
    }
}
