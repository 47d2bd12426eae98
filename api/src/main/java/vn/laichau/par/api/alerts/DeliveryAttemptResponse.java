package vn.laichau.par.api.alerts;

import java.time.Instant;

/**
 * One try of an alert on one channel: {@code outcome} is DELIVERED, UNAVAILABLE (the channel could not deliver;
 * the next was tried), REFUSED (the address refused), TRANSIENT (put back to try again) or SKIPPED (channel off,
 * address marked broken).
 */
public record DeliveryAttemptResponse(String channel, String outcome, String reason, Instant at) {
}
