package vn.laichau.par.bot.command;

import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.bot.tracker.Tracker;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.official.Official;

/** One update being handled: where it came from, the official linked to its sender (if any) and the data. */
public record Conversation(Incoming incoming, Optional<Official> official, Tracker tracker) {

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

    /** The official acting through the bot, for the audit trail. */
    public Actor actor() {
        Official me = me();
        return Actor.official(me.id(), me.displayName(), Channel.BOT);
    }
}
