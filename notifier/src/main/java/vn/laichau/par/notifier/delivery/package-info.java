/** Sending the outbox: claims, channel fallback, retries, rate limits and the send-time check. */
package vn.laichau.par.notifier.delivery;
