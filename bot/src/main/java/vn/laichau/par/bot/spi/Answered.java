package vn.laichau.par.bot.spi;

/** Telegram accepted the answer to a callback query. */
public record Answered() implements AnswerResult {
}
