package vn.laichau.par.bot.gateway;

/** A call the Bot API did not carry out, classified by whether trying again can help. */
public sealed interface TelegramFailure extends SendResult, AnswerResult, DownloadResult
        permits TransientFailure, PermanentFailure {

    /** What went wrong, for logs and the outbox; never shown to users. */
    String reason();
}
