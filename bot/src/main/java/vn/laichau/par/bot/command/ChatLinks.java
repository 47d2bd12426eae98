package vn.laichau.par.bot.command;

import java.util.Optional;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.telegram.LinkOutcome;

/** The official behind a chat, and linking and unlinking, for the messenger the chat belongs to. */
final class ChatLinks {

    private ChatLinks() {
    }

    /** The official linked to the sender of {@code incoming}, on its messenger. */
    static Optional<Official> officialOf(Incoming incoming, Tracker tracker) {
        return incoming.fromZalo() ? tracker.zaloLinks().findByChat(incoming.userId())
                : tracker.links().findByChat(incoming.userId());
    }

    static LinkOutcome redeem(String code, Incoming incoming, Tracker tracker) {
        return incoming.fromZalo() ? tracker.zaloLinks().redeem(code, incoming.userId())
                : tracker.links().redeem(code, incoming.userId());
    }

    static boolean unlink(Incoming incoming, Tracker tracker) {
        return incoming.fromZalo() ? tracker.zaloLinks().unlink(incoming.userId())
                : tracker.links().unlink(incoming.userId());
    }

    /** "Zalo" or "Telegram". */
    static String messengerName(Incoming incoming) {
        return incoming.fromZalo() ? "Zalo" : "Telegram";
    }
}
