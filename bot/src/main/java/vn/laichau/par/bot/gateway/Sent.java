package vn.laichau.par.bot.gateway;

/** Telegram accepted the message; {@code messageId} identifies it within its chat. */
public record Sent(long messageId) implements SendResult {
}
