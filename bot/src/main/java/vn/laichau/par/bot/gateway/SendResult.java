package vn.laichau.par.bot.gateway;

/** The outcome of sending a message: {@link Sent}, {@link TransientFailure} or {@link PermanentFailure}. */
public sealed interface SendResult permits Sent, TelegramFailure {
}
