package vn.laichau.par.notifier.message;

import java.util.Objects;

/**
 * One alert written out for the channels: a subject line (e-mail subject, feed title), the plain text
 * (e-mail, in-app feed) and Telegram HTML within Telegram's length limit.
 */
public record RenderedMessage(String subject, String plainText, String telegramHtml) {

    public RenderedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(telegramHtml, "telegramHtml");
    }
}
