package vn.laichau.par.notifier;

import vn.laichau.par.notifier.RenderedMessage;

/**
 * A way to deliver a rendered alert to one address. An implementation sends once and classifies the outcome;
 * retries, fallback to the next channel and rate limits are the dispatcher's. A new messenger is a new
 * {@link DeliveryChannel} constant and one more implementation of this interface as a CDI bean.
 */
public interface AlertChannel {

    /** The channel this implementation serves. */
    DeliveryChannel channel();

    /** False when the channel is not configured here (no SMTP host, no bot token): it is skipped. */
    default boolean isEnabled() {
        return true;
    }

    /**
     * False while the channel's messenger is known to be out of reach (its intake cannot reach the API): the
     * dispatcher then goes on to the recipient's next channel at once rather than wait for a time-out.
     */
    default boolean isReachable() {
        return true;
    }

    /** Sends {@code message} to {@code address} (a chat id, an e-mail address, an official's id). */
    SendOutcome send(String address, RenderedMessage message);
}
