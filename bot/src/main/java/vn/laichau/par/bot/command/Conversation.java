package vn.laichau.par.bot.command;

import java.util.Objects;
import java.util.Optional;

import vn.laichau.par.domain.model.official.Official;

/** One update being handled: where it came from, the official linked to its sender (if any) and the data. */
record Conversation(Incoming incoming, Optional<Official> official, Tracker tracker) {

    public Conversation {
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(official, "official");
        Objects.requireNonNull(tracker, "tracker");
    }

    public long chatId() {
        return incoming.chatId();
    }

    /** The linked official; handlers are only called for linked senders, except linking and help. */
    public Official me() {
        return official.orElseThrow(() -> new IllegalStateException("The chat is not linked"));
    }

    /** The id of the linked official, who acts through the bot. */
    public long officialId() {
        return me().id();
    }
}
