package vn.laichau.par.notifier;

import java.time.Duration;
import java.util.Objects;

/**
 * What a channel made of one message: {@link Delivered}, {@link Transient}, {@link Unavailable} when the channel
 * itself cannot deliver now, {@link Permanent}, or {@link Moved} when the address itself moved.
 */
public sealed interface SendOutcome {

    static SendOutcome delivered(String providerMessageId) {
        return new Delivered(providerMessageId);
    }

    static SendOutcome transientFailure(Duration retryAfter, String reason) {
        return new Transient(retryAfter, reason);
    }

    static SendOutcome unavailable(String reason) {
        return new Unavailable(reason);
    }

    static SendOutcome permanentFailure(String reason, boolean recipientUnreachable) {
        return new Permanent(reason, recipientUnreachable);
    }

    static SendOutcome moved(String newAddress, String reason) {
        return new Moved(newAddress, reason);
    }

    /** The channel accepted the message; {@code providerMessageId} is its id there, empty when it gives none. */
    record Delivered(String providerMessageId) implements SendOutcome {
        public Delivered {
            providerMessageId = providerMessageId == null ? "" : providerMessageId;
        }
    }

    /**
     * A failure that may pass (rate limit, server error, time-out, garbled answer).
     *
     * @param retryAfter the least wait the channel asked for; zero when it named none
     */
    record Transient(Duration retryAfter, String reason) implements SendOutcome {
        public Transient {
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The channel cannot deliver anything now (its API refuses connections, cannot be resolved or is blocked on
     * the network): the alert goes on to the recipient's next channel in the same run; the address is not at
     * fault and is not marked broken.
     */
    record Unavailable(String reason) implements SendOutcome {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A failure that repeating cannot fix.
     *
     * @param recipientUnreachable the address itself is dead (chat not found, bot blocked, mailbox unknown): the
     *                             person's channel is marked broken for later messages too
     */
    record Permanent(String reason, boolean recipientUnreachable) implements SendOutcome {
        public Permanent {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The address moved and the message was not delivered; sent to {@code newAddress} it can be (a Telegram group
     * upgraded to a supergroup gets a new chat id).
     */
    record Moved(String newAddress, String reason) implements SendOutcome {
        public Moved {
            Objects.requireNonNull(newAddress, "newAddress");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
