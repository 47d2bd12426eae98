package vn.laichau.par.bot.gateway;

/** Telegram accepted the answer to a callback query. */
public record Answered() implements AnswerResult {
}
