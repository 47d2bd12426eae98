package vn.laichau.par.bot.command;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import vn.laichau.par.persistence.telegram.ZaloLinkRepository;

/**
 * What the conversation core acts on, whichever messenger it came from: a text, a pressed button (or, in a
 * messenger without buttons, its typed command) or a file. A Zalo chat is named by its chat key
 * ({@link ZaloLinkRepository#isZaloChat}), a Telegram chat by its chat id.
 */
public sealed interface Incoming {

    /** The chat to answer in. */
    long chatId();

    /** The Telegram user who sent it (equals the chat id in a private chat). */
    long userId();

    /** Whether it came from a private chat with the bot (not a group). */
    boolean privateChat();

    /** Whether it came from Zalo (else from Telegram). */
    default boolean fromZalo() {
        return ZaloLinkRepository.isZaloChat(chatId());
    }

    /** A text message. */
    record Text(long chatId, long userId, boolean privateChat, String text) implements Incoming {
    }

    /** A pressed inline button. */
    record ButtonPress(long chatId, long userId, boolean privateChat, String callbackQueryId, String data)
            implements Incoming {
    }

    /**
     * A document, or a photo (its largest size, named {@code anh-<day>-<message id>.jpg}). {@code sizeBytes} is
     * what Telegram announced (0 when unknown).
     */
    record File(long chatId, long userId, boolean privateChat, String fileId, String fileName, String mimeType,
                long sizeBytes, String caption) implements Incoming {
    }

    /** What the bot can act on in an update; empty for everything else (edits, joins, stickers …). */
    public static Optional<Incoming> of(Update update) {
        if (update.hasCallbackQuery()) {
            var query = update.getCallbackQuery();
            if (query.getMessage() == null || query.getData() == null) {
                return Optional.empty();
            }
            long chat = query.getMessage().getChatId();
            return Optional.of(new ButtonPress(chat, query.getFrom().getId(), chat > 0, query.getId(),
                    query.getData()));
        }
        if (!update.hasMessage()) {
            return Optional.empty();
        }
        Message message = update.getMessage();
        long chat = message.getChatId();
        long user = message.getFrom() == null ? chat : message.getFrom().getId();
        boolean privateChat = message.getChat() == null ? chat > 0 : Boolean.TRUE.equals(message.getChat().isUserChat());
        String caption = message.getCaption() == null ? "" : message.getCaption();
        if (message.hasDocument()) {
            var document = message.getDocument();
            return Optional.of(new File(chat, user, privateChat, document.getFileId(),
                    document.getFileName() == null ? "tai-lieu" : document.getFileName(),
                    document.getMimeType() == null ? "" : document.getMimeType(),
                    document.getFileSize() == null ? 0 : document.getFileSize(), caption));
        }
        if (message.hasPhoto()) {
            PhotoSize largest = message.getPhoto().stream()
                    .max(Comparator.comparingLong(Incoming::pixels)
                            .thenComparingLong(p -> p.getFileSize() == null ? 0 : p.getFileSize()))
                    .orElseThrow();
            return Optional.of(new File(chat, user, privateChat, largest.getFileId(), photoName(message),
                    "image/jpeg", largest.getFileSize() == null ? 0 : largest.getFileSize(), caption));
        }
        if (message.hasText()) {
            return Optional.of(new Text(chat, user, privateChat, message.getText()));
        }
        return Optional.empty();
    }

    /** A photo has no file name: {@code anh-15-06-2019-1234.jpg}, from the day it was sent and its message id. */
    private static String photoName(Message message) {
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("dd-MM-uuuu").withZone(Formats.ZONE);
        String day = message.getDate() == null ? "" : dayFormat.format(Instant.ofEpochSecond(message.getDate())) + "-";
        return "anh-" + day + message.getMessageId() + ".jpg";
    }

    /** Telegram sends a photo in several sizes; the bot keeps the one with the most pixels. */
    private static long pixels(PhotoSize size) {
        return (long) Objects.requireNonNullElse(size.getWidth(), 0) * Objects.requireNonNullElse(size.getHeight(), 0);
    }
}
