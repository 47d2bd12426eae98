package vn.laichau.par.bot.command;

import vn.laichau.par.domain.Refusal;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.bot.intake.UpdateHandler;
import vn.laichau.par.bot.gateway.FileDownloads;
import vn.laichau.par.bot.gateway.TelegramGateway;


/**
 * The bot's handling of each update, whether it came by long polling or webhook: rate limit per chat, route
 * in one transaction, then send the reply after the commit. Any failure ends in a short apology to the chat;
 * nothing propagates to the intake, so one bad update never blocks the next.
 */
public final class BotUpdateHandler implements UpdateHandler {

    private static final Logger LOG = Logger.getLogger(BotUpdateHandler.class.getName());

    private final UnitOfWork transactions;
    private final Tracker tracker;
    private final CommandRouter router;
    private final ReplySender sender;
    private final ChatRateLimiter limiter;
    private final Clock clock;

    /**
     * @param transactions runs the handling of one update in a transaction of its own
     * @param tracker      the use cases and reads, which join that transaction
     */
    public BotUpdateHandler(TelegramGateway gateway, UnitOfWork transactions, Tracker tracker,
                            ChatRateLimiter limiter, String botUsername, Clock clock) {
        this(gateway, FileDownloads.NONE, transactions, tracker, limiter, botUsername, clock);
    }

    /**
     * @param photoUrls downloads the photos a messenger names by URL (Zalo's {@code photo_url}); files named by a
     *                  Telegram file id come through {@code gateway}
     */
    public BotUpdateHandler(TelegramGateway gateway, FileDownloads photoUrls, UnitOfWork transactions,
                            Tracker tracker, ChatRateLimiter limiter, String botUsername, Clock clock) {
        this.transactions = transactions;
        this.tracker = tracker;
        this.router = new CommandRouter(new CommandParser(botUsername), (fileId, maxBytes) ->
                FileDownloads.isUrl(fileId) ? photoUrls.download(fileId, maxBytes) : gateway.download(fileId, maxBytes),
                clock);
        this.sender = new ReplySender(gateway);
        this.limiter = limiter;
        this.clock = clock;
    }

    @Override
    public void handle(Update update) {
        Incoming.of(update).ifPresent(incoming -> handle(incoming, sender));
    }

    /**
     * Handles what a messenger's adapter made of one of its events, and sends the reply through {@code output}:
     * the same commands, dialogs and answers for every messenger.
     */
    public void handle(Incoming incoming, ReplyOutput output) {
        switch (limiter.check(incoming.chatId(), clock.instant())) {
            case DROP -> {
                return;
            }
            case WARN -> {
                output.send(incoming, Reply.text(Texts.SLOW_DOWN).withNotice("Chậm lại một chút"));
                return;
            }
            case ALLOW -> {
            }
        }
        output.send(incoming, reply(incoming));
    }

    /**
     * The reply to one incoming update, computed and committed in one transaction. A refused action rolls the
     * transaction back, ends any dialog of the chat and answers as {@link RefusalReply#replyTo} says. When
     * another chat or the API changed the same record at the same moment, the update is handled once more on
     * what is now stored: a button pressed on an out-of-date card then shows the fresh one, and a decision
     * already taken is reported instead of being taken twice.
     */
    public Reply reply(Incoming incoming) {
        try {
            return attempt(incoming);
        } catch (RuntimeException e) {
            if (!causedBy(e, OptimisticLockException.class) && !stale(e)) {
                return answer(incoming, e);
            }
            LOG.fine(() -> "A concurrent change met the update of chat " + incoming.chatId() + "; handling it again");
            try {
                return attempt(incoming);
            } catch (RuntimeException again) {
                return answer(incoming, again);
            }
        }
    }

    private Reply attempt(Incoming incoming) {
        return transactions.inTransaction(() -> router.route(incoming, tracker));
    }

    private Reply answer(Incoming incoming, RuntimeException e) {
        Optional<Reply> refusal = RefusalReply.replyTo(e);
        if (refusal.isEmpty()) {
            return failure(incoming, e);
        }
        endDialog(incoming);
        return refusal.get();
    }

    private static boolean stale(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refusal refused && refused.reason() == Refusal.Reason.STALE) {
                return true;
            }
        }
        return false;
    }

    private static Reply failure(Incoming incoming, RuntimeException e) {
        if (causedBy(e, OptimisticLockException.class)) {
            return Reply.text(Texts.CHANGED_MEANWHILE);
        }
        LOG.log(Level.SEVERE, "Handling a message of chat " + incoming.chatId() + " failed", e);
        return Reply.text(Texts.FAILED);
    }

    private void endDialog(Incoming incoming) {
        try {
            transactions.inTransaction(() -> {
                tracker.dialogs().end(incoming.chatId());
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ending the dialog of chat " + incoming.chatId() + " after a refusal failed", e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
