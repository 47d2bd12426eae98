package vn.laichau.par.bot.zalo;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.bot.command.BotUpdateHandler;
import vn.laichau.par.bot.command.Incoming;
import vn.laichau.par.bot.gateway.TelegramGateway;
import vn.laichau.par.persistence.telegram.ZaloLinkRepository;

/**
 * The Zalo adapter of the conversation core: turns each Zalo event into what the core acts on — a text, a typed
 * {@code /chon …} as the press of the button it stands for, a photo (by its URL) as a file — under the chat key
 * of its sender, and sends the core's reply back through {@link ZaloReplyOutput}. Stickers and other messages get
 * a short hint.
 */
public final class ZaloConversation implements Consumer<ZaloEvent> {

    private static final Logger LOG = Logger.getLogger(ZaloConversation.class.getName());
    private static final int MAX_URL = 2_048;

    private final ZaloBotApi api;
    private final BotUpdateHandler core;
    private final UnitOfWork transactions;
    private final ZaloLinkRepository accounts;
    private final TelegramGateway telegram;

    public ZaloConversation(ZaloBotApi api, BotUpdateHandler core, UnitOfWork transactions,
                            ZaloLinkRepository accounts, TelegramGateway telegram) {
        this.api = Objects.requireNonNull(api, "api");
        this.core = Objects.requireNonNull(core, "core");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.telegram = Objects.requireNonNull(telegram, "telegram");
    }

    @Override
    public void accept(ZaloEvent event) {
        String sender = event.fromId().isEmpty() ? event.chatId() : event.fromId();
        if (sender.length() > 64) {
            LOG.warning(() -> "Ignored a Zalo event with a sender id of " + sender.length() + " characters");
            return;
        }
        long key;
        try {
            key = transactions.inTransaction(() -> accounts.chatKey(sender));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not give Zalo user " + sender + " a chat key", e);
            return;
        }
        ZaloReplyOutput output = new ZaloReplyOutput(api, event.chatId(),
                other -> transactions.inTransaction(() -> accounts.zaloUser(other)), telegram);
        Optional<Incoming> incoming = incoming(event, key);
        if (incoming.isEmpty()) {
            if (event.privateChat()) {
                api.sendText(event.chatId(), "Bot chỉ đọc được tin nhắn chữ và ảnh. Gõ /help để xem các lệnh.");
            }
            return;
        }
        core.handle(incoming.get(), output);
    }

    static Optional<Incoming> incoming(ZaloEvent event, long key) {
        boolean privateChat = event.privateChat();
        if (ZaloEvent.TEXT.equals(event.eventName()) && event.text().isPresent()) {
            String text = event.text().get();
            Optional<String> pressed = PlainTextReplies.choice(text);
            if (pressed.isPresent()) {
                return Optional.of(new Incoming.ButtonPress(key, key, privateChat, "zalo-" + event.messageId(),
                        pressed.get()));
            }
            return Optional.of(new Incoming.Text(key, key, privateChat, text));
        }
        if (ZaloEvent.IMAGE.equals(event.eventName()) && event.photoUrl().isPresent()
                && event.photoUrl().get().length() <= MAX_URL) {
            return Optional.of(new Incoming.File(key, key, privateChat, event.photoUrl().get(), photoName(event),
                    "image/jpeg", 0, event.caption().orElse("")));
        }
        return Optional.empty();
    }

    /** {@code anh-15-06-2019-<message id>.jpg}, as Telegram photos are named. */
    private static String photoName(ZaloEvent event) {
        String day = event.date().toEpochMilli() == 0 ? ""
                : DateTimeFormatter.ofPattern("dd-MM-uuuu").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .format(event.date()) + "-";
        String id = event.messageId().replaceAll("[^A-Za-z0-9_-]", "");
        return "anh-" + day + (id.length() > 40 ? id.substring(0, 40) : id) + ".jpg";
    }
}
