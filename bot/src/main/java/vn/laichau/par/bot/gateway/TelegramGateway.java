package vn.laichau.par.bot.gateway;

import java.util.List;

/**
 * The sending side of the Telegram bot, shared by the bot's replies and the notifier's Telegram channel.
 *
 * <p>Every call goes to the Bot API once: nothing here retries. A failure comes back as a
 * {@link TransientFailure} (worth retrying, after {@link TransientFailure#retryAfter()} at least) or a
 * {@link PermanentFailure} (retrying the same call cannot help); the caller owns the retry policy.
 *
 * <p>Texts and captions are Telegram HTML: escape user-supplied parts with {@link vn.laichau.par.application.telegram.TelegramHtml#escape}.
 */
public interface TelegramGateway {

    /** Sends an HTML text; a text longer than Telegram allows goes out as several messages, in order. */
    default SendResult sendText(long chatId, String html) {
        return sendText(chatId, html, List.of());
    }

    /**
     * Sends an HTML text with inline keyboard rows under it. When the text has to be split, the buttons go
     * under the last part and {@link Sent#messageId()} names that part.
     */
    SendResult sendText(long chatId, String html, List<List<InlineButton>> keyboard);

    /** Sends an image shown inline in the chat, with an optional HTML caption (blank for none). */
    SendResult sendPhoto(long chatId, OutgoingFile photo, String captionHtml);

    /** Sends a file as a document, with an optional HTML caption (blank for none). */
    SendResult sendDocument(long chatId, OutgoingFile document, String captionHtml);

    /** Stops the spinner on a pressed inline button, optionally with a short notice (blank for none). */
    AnswerResult answerCallback(String callbackQueryId, String notice);

    /** Downloads a file a user sent, refusing files larger than {@code maxBytes}. */
    DownloadResult download(String fileId, long maxBytes);

    /**
     * The Bot API answers again after an outage: connections kept from before it are dropped, so that the next
     * send opens a fresh one instead of failing on a connection the outage broke.
     */
    default void reconnected() {
    }
}
