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

    /** Sends {@code message} to {@code address} (a chat id, an e-mail address, an official's id). */
    SendOutcome send(String address, RenderedMessage message);
}
