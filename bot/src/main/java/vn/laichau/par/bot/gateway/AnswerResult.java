package vn.laichau.par.bot.gateway;

/** The outcome of answering a callback query: {@link Answered} or a {@link TelegramFailure}. */
public sealed interface AnswerResult permits Answered, TelegramFailure {
}
