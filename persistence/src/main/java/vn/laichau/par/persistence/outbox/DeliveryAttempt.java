package vn.laichau.par.persistence.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One try of an alert on one channel in the delivery log: {@code outcome} is DELIVERED, UNAVAILABLE (the channel
 * could not deliver; the next was tried), REFUSED (the address refused), TRANSIENT (put back to try again later)
 * or SKIPPED (channel off, address marked broken).
 */
public record DeliveryAttempt(String channel, String outcome, String reason, Instant at) {

    public DeliveryAttempt {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(at, "at");
    }
}
