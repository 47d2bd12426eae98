package vn.laichau.par.bot.command;

import java.util.Objects;

/**
 * A refused action whose answer is more than the refusal's reason (a button to the next step): the update's
 * transaction is rolled back and {@link #reply()} is sent instead.
 */
public final class RefusalReply extends RuntimeException {

    private final transient Reply reply;

    public RefusalReply(Reply reply, Throwable cause) {
        super(cause == null ? "refused" : cause.getMessage(), cause, false, false);
        this.reply = Objects.requireNonNull(reply, "reply");
    }

    public Reply reply() {
        return reply;
    }
}
