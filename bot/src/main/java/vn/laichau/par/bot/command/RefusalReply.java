package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;

/**
 * The chat's answer to a refused action, in one place ({@link #replyTo(Throwable)}): a {@link Refusal} of the
 * model or a use case is answered with its Vietnamese text; a refusal whose answer is more than that (a button
 * to the next step, the fresh card of an occurrence that changed) is thrown by the handler as a
 * {@code RefusalReply} carrying that answer. Either way the update's transaction is rolled back.
 */
final class RefusalReply extends RuntimeException {

    private final transient Reply reply;

    RefusalReply(Reply reply, Throwable cause) {
        super(cause == null ? "refused" : cause.getMessage(), cause, false, false);
        this.reply = Objects.requireNonNull(reply, "reply");
    }

    Reply reply() {
        return reply;
    }

    /** The reply to the refusal that {@code failure} is or was caused by; empty when it is no refusal. */
    static Optional<Reply> replyTo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RefusalReply refusal) {
                return Optional.of(refusal.reply());
            }
            if (t instanceof Refusal refused) {
                return Optional.of(Reply.text(escape(refused.detailVi())));
            }
        }
        return Optional.empty();
    }
}
