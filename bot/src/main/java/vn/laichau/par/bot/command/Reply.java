package vn.laichau.par.bot.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.gateway.OutgoingFile;

/**
 * What the bot answers to one update: an HTML text with optional buttons, an optional image sent before it,
 * an optional document sent after it, a short notice for a pressed button, and messages to other chats (e.g. a
 * decision to the requester). A messenger that takes files by URL only uses the files' signed download links
 * ({@code photoLink}, {@code documentLink}) instead, when there are any.
 */
public record Reply(String html, List<List<InlineButton>> keyboard, Optional<OutgoingFile> photo, String notice,
                    List<ChatMessage> others, Optional<String> photoLink, Optional<OutgoingFile> document,
                    Optional<String> documentLink) {

    public Reply {
        Objects.requireNonNull(html, "html");
        keyboard = keyboard.stream().map(List::copyOf).toList();
        Objects.requireNonNull(photo, "photo");
        notice = notice == null ? "" : notice;
        others = List.copyOf(others);
        Objects.requireNonNull(photoLink, "photoLink");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(documentLink, "documentLink");
    }

    public Reply(String html, List<List<InlineButton>> keyboard, Optional<OutgoingFile> photo, String notice,
                 List<ChatMessage> others) {
        this(html, keyboard, photo, notice, others, Optional.empty(), Optional.empty(), Optional.empty());
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
        return html.isEmpty() && photo.isEmpty() && others.isEmpty() && document.isEmpty();
    }

    public Reply withPhoto(OutgoingFile image) {
        return new Reply(html, keyboard, Optional.of(image), notice, others, photoLink, document, documentLink);
    }

    /** The image, and where a messenger that takes images by URL only fetches it (none without a public URL). */
    public Reply withPhoto(OutgoingFile image, Optional<String> link) {
        return new Reply(html, keyboard, Optional.of(image), notice, others, link, document, documentLink);
    }

    /** A document sent after the text, and its download link for a messenger that cannot take files. */
    public Reply withDocument(OutgoingFile file, Optional<String> link) {
        return new Reply(html, keyboard, photo, notice, others, photoLink, Optional.of(file), link);
    }

    public Reply withNotice(String text) {
        return new Reply(html, keyboard, photo, text, others, photoLink, document, documentLink);
    }

    public Reply alsoTo(List<ChatMessage> messages) {
        return new Reply(html, keyboard, photo, notice, messages, photoLink, document, documentLink);
    }

    /** A message to another chat. */
    public record ChatMessage(long chatId, String html, List<List<InlineButton>> keyboard) {

        public ChatMessage {
            keyboard = keyboard.stream().map(List::copyOf).toList();
        }
    }
}
