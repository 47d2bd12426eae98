package vn.laichau.par.notifier;

import java.util.List;
import java.util.Objects;

/**
 * One alert written out for the channels: a subject line (e-mail subject, feed title), the plain text
 * (e-mail, in-app feed), Telegram HTML within Telegram's length limit, and the buttons that act on its items,
 * in rows (none for messages that offer no direct action; channels without buttons ignore them).
 */
public record RenderedMessage(String subject, String plainText, String telegramHtml, List<List<ItemAction>> actions) {

    public RenderedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(telegramHtml, "telegramHtml");
        actions = actions.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    }

    /** A message without buttons. */
    public RenderedMessage(String subject, String plainText, String telegramHtml) {
        this(subject, plainText, telegramHtml, List.of());
    }

    /** The same texts with these buttons under them. */
    public RenderedMessage withActions(List<List<ItemAction>> rows) {
        return new RenderedMessage(subject, plainText, telegramHtml, rows);
    }
}
