package vn.laichau.par.bot.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.gateway.OutgoingFile;

/**
 * What the bot answers to one update: an HTML text with optional buttons, an optional image sent before it,
 * a short notice for a pressed button, and messages to other chats (e.g. an extension request to the admins).
 */
public record Reply(String html, List<List<InlineButton>> keyboard, Optional<OutgoingFile> photo, String notice,
                    List<ChatMessage> others) {

    public Reply {
        Objects.requireNonNull(html, "html");
        keyboard = keyboard.stream().map(List::copyOf).toList();
        Objects.requireNonNull(photo, "photo");
        notice = notice == null ? "" : notice;
        others = List.copyOf(others);
    }

    public static Reply text(String html) {
        return new Reply(html, List.of(), Optional.empty(), "", List.of());
    }

    public static Reply withButtons(String html, List<List<InlineButton>> keyboard) {
        return new Reply(html, keyboard, Optional.empty(), "", List.of());
    }

    /** Nothing to say (e.g. a message in a group that was not meant for the bot). */
    public static Reply none() {
        return text("");
    }

    public boolean isEmpty() {
        return html.isEmpty() && photo.isEmpty() && others.isEmpty();
    }

    public Reply withPhoto(OutgoingFile image) {
        return new Reply(html, keyboard, Optional.of(image), notice, others);
    }

    public Reply withNotice(String text) {
        return new Reply(html, keyboard, photo, text, others);
    }

    public Reply alsoTo(List<ChatMessage> messages) {
        return new Reply(html, keyboard, photo, notice, messages);
    }

    /** A message to another chat. */
    public record ChatMessage(long chatId, String html, List<List<InlineButton>> keyboard) {

        public ChatMessage {
            keyboard = keyboard.stream().map(List::copyOf).toList();
        }
    }
}
