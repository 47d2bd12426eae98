package vn.laichau.par.notifier.delivery;

import java.util.Objects;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.persistence.outbox.ClaimedMessage;

/**
 * The last look at a claimed message just before it is sent: which of its items are still to be said, and the
 * text that says them.
 */
@FunctionalInterface
public interface SendTimeCheck {

    Verdict check(ClaimedMessage message);

    /** What to do with the message. */
    sealed interface Verdict permits Send, Drop {
    }

    /**
     * Send {@code message}; {@code rewritten} when it differs from the stored text (items left out, or the text
     * was written only now), so that the outbox records what was sent.
     */
    record Send(RenderedMessage message, boolean rewritten) implements Verdict {
        public Send {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Send nothing: every item was finished or moved since planning. */
    record Drop(String reason) implements Verdict {
        public Drop {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
